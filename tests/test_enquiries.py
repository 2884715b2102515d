"""The enquiry desk: asking without an account, confirming the address, following the private link, assignment,
answering at the desk, and who may see an enquiry."""

from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation

from enquiries.enums import EnquiryStatus
from enquiries.models import Enquiry
from enquiries.tasks import forget_unconfirmed_enquiries
from tests.factories.enquiries import EnquiryFactory
from tests.factories.portal import MembershipFactory, OrganisationFactory, VerifiedUserFactory

pytestmark = pytest.mark.django_db


def url(name, language="en", **kwargs):
    with translation.override(language):
        return reverse(f"enquiries:{name}", kwargs=kwargs or None)


def ask(client, language="bg", **changes):
    data = {"question": "Кой предоставя асистентска подкрепа в община Якоруда?", "email": "ana@example.org"}
    return client.post(url("ask", language), {**data, **changes})


@pytest.fixture
def answered_by():
    """A partner organisation and one of its members."""
    organisation, member = OrganisationFactory(), VerifiedUserFactory(email="member@example.org")
    MembershipFactory(user=member, organisation=organisation)
    return organisation, member


@pytest.mark.parametrize("language", ["bg", "en"])
def test_question_waits_for_the_address_to_be_confirmed(
    client, moderator, django_capture_on_commit_callbacks, language
):
    with django_capture_on_commit_callbacks(execute=True):
        response = ask(client, language, name="Ана")

    enquiry = Enquiry.objects.get()
    assert response["Location"] == url("sent", language)
    assert (enquiry.status, enquiry.language, enquiry.name) == (EnquiryStatus.UNVERIFIED, language, "Ана")
    assert [message.to for message in mail.outbox] == [["ana@example.org"]]  # the moderators hear nothing yet
    assert url("confirm", language, token=enquiry.token) in mail.outbox[0].body
    assert mail.outbox[0].subject == {"bg": "Потвърдете запитването си", "en": "Confirm your enquiry"}[language]
    assert client.get(url("follow", language, token=enquiry.token)).status_code == 404


def test_confirming_reaches_the_moderators_and_opens_the_private_page(
    client, moderator, django_capture_on_commit_callbacks
):
    ask(client, "en")
    enquiry = Enquiry.objects.get()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.get(url("confirm", "en", token=enquiry.token), follow=True)

    enquiry.refresh_from_db()
    assert enquiry.status == EnquiryStatus.RECEIVED
    assert response.redirect_chain[-1][0] == url("follow", "en", token=enquiry.token)
    assert "Якоруда" in response.content.decode()
    assert sorted(tuple(message.to) for message in mail.outbox) == [("ana@example.org",), (moderator.email,)]
    assert url("follow", "en", token=enquiry.token) in next(m.body for m in mail.outbox if m.to == ["ana@example.org"])


def test_confirming_twice_tells_nobody_twice(client, moderator, django_capture_on_commit_callbacks):
    enquiry = EnquiryFactory()

    with django_capture_on_commit_callbacks(execute=True):
        client.get(url("confirm", token=enquiry.token))

    assert mail.outbox == []


def test_a_wrong_token_is_a_404(client):
    enquiry = EnquiryFactory()

    assert client.get(url("follow", token=enquiry.token[:-1] + "x")).status_code == 404
    assert client.get(url("confirm", token="not-a-token")).status_code == 404


@pytest.mark.parametrize("language", ["bg", "en"])
def test_private_page_shows_the_status_and_is_not_indexed(client, language):
    enquiry = EnquiryFactory(status=EnquiryStatus.ASSIGNED, organisation=OrganisationFactory(name_en="Open Doors"))

    response = client.get(url("follow", language, token=enquiry.token))
    page = response.content.decode()

    assert response["Referrer-Policy"] == "no-referrer"
    assert '<meta name="robots" content="noindex">' in page
    assert {"bg": "предадено на партньорска организация", "en": "assigned to a partner organisation"}[language] in page
    assert enquiry.question in page


def test_honeypot_keeps_robots_out(client):
    response = ask(client, website="http://spam.example")

    assert response.status_code == 200
    assert Enquiry.objects.count() == 0


def test_too_many_questions_from_one_address_are_refused_with_the_form_kept(client):
    for _ in range(5):
        ask(client)

    response = ask(client, question="Още един въпрос за Банско")

    assert Enquiry.objects.count() == 5
    assert "Още един въпрос за Банско" in response.content.decode()
    assert response.context["form"].non_field_errors()


def test_an_unconfirmed_question_is_forgotten_after_a_few_days():
    old = EnquiryFactory(status=EnquiryStatus.UNVERIFIED, confirmed_at=None)
    Enquiry.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=4))
    recent = EnquiryFactory(status=EnquiryStatus.UNVERIFIED, confirmed_at=None)
    confirmed = EnquiryFactory()
    Enquiry.objects.filter(pk=confirmed.pk).update(created_at=timezone.now() - timedelta(days=40))

    forget_unconfirmed_enquiries.call()

    assert set(Enquiry.objects.values_list("pk", flat=True)) == {recent.pk, confirmed.pk}


def test_moderator_assigns_in_the_admin_and_both_sides_are_told(
    moderator_client, answered_by, django_capture_on_commit_callbacks
):
    organisation, member = answered_by
    enquiry = EnquiryFactory(language="en")
    change = reverse("admin:enquiries_enquiry_change", args=[enquiry.pk])

    with django_capture_on_commit_callbacks(execute=True):
        response = moderator_client.post(change, {"organisation": organisation.pk})

    enquiry.refresh_from_db()
    assert response.status_code == 302
    assert (enquiry.status, enquiry.organisation) == (EnquiryStatus.ASSIGNED, organisation)
    subjects = {message.to[0]: message.subject for message in mail.outbox}
    assert subjects == {
        enquiry.email: "Your enquiry has been assigned",
        member.email: "Запитване към вашата организация",
    }


def test_a_deactivated_member_is_not_told_of_an_assigned_enquiry(
    moderator_client, answered_by, django_capture_on_commit_callbacks
):
    organisation, member = answered_by
    blocked = VerifiedUserFactory(email="blocked@example.org", is_active=False)
    MembershipFactory(user=blocked, organisation=organisation)
    enquiry = EnquiryFactory(language="en")

    with django_capture_on_commit_callbacks(execute=True):
        moderator_client.post(
            reverse("admin:enquiries_enquiry_change", args=[enquiry.pk]), {"organisation": organisation.pk}
        )

    assert sorted(message.to[0] for message in mail.outbox) == sorted([enquiry.email, member.email])


def test_unconfirmed_enquiries_are_not_in_the_moderators_admin(moderator_client):
    EnquiryFactory(question="Confirmed question")
    EnquiryFactory(question="Unconfirmed question", status=EnquiryStatus.UNVERIFIED)

    page = moderator_client.get(reverse("admin:enquiries_enquiry_changelist")).content.decode()

    assert "Confirmed question" in page and "Unconfirmed question" not in page


def test_member_answers_and_the_enquirer_is_told_in_their_language(
    client, answered_by, django_capture_on_commit_callbacks
):
    organisation, member = answered_by
    enquiry = EnquiryFactory(status=EnquiryStatus.ASSIGNED, organisation=organisation, language="en")
    client.force_login(member)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(url("desk-detail", "bg", pk=enquiry.pk), {"answer": "The day centre in Razlog takes visitors."})

    enquiry.refresh_from_db()
    assert (enquiry.status, enquiry.answered_by) == (EnquiryStatus.ANSWERED, member)
    [message] = mail.outbox
    assert message.subject == "Your enquiry has been answered"
    assert "The day centre in Razlog takes visitors." in message.body
    assert "The day centre in Razlog" in client.get(url("follow", token=enquiry.token)).content.decode()


def test_empty_answer_keeps_the_form(client, answered_by):
    organisation, member = answered_by
    enquiry = EnquiryFactory(status=EnquiryStatus.ASSIGNED, organisation=organisation)
    client.force_login(member)

    response = client.post(url("desk-detail", pk=enquiry.pk), {"answer": ""})

    assert response.status_code == 200 and response.context["form"].errors
    assert Enquiry.objects.get().status == EnquiryStatus.ASSIGNED


@pytest.mark.parametrize("language", ["bg", "en"])
def test_desk_lists_only_the_members_organisations_enquiries(client, answered_by, language):
    organisation, member = answered_by
    ours = EnquiryFactory(status=EnquiryStatus.ASSIGNED, organisation=organisation, question="Our question")
    EnquiryFactory(status=EnquiryStatus.ASSIGNED, organisation=OrganisationFactory(), question="Their question")
    EnquiryFactory(question="Unassigned question")
    client.force_login(member)

    response = client.get(url("desk", language))

    assert list(response.context["enquiries"]) == [ours]


def test_member_of_another_organisation_cannot_see_an_enquiry(client, answered_by):
    organisation, _member = answered_by
    enquiry = EnquiryFactory(status=EnquiryStatus.ASSIGNED, organisation=organisation)
    outsider = VerifiedUserFactory()
    MembershipFactory(user=outsider, organisation=OrganisationFactory())
    client.force_login(outsider)

    assert client.get(url("desk-detail", pk=enquiry.pk)).status_code == 404
    assert client.post(url("desk-detail", pk=enquiry.pk), {"answer": "Spam"}).status_code == 404
    assert Enquiry.objects.get().answer == ""


def test_visitor_is_sent_to_sign_in_and_participant_sees_nothing(client, participant):
    enquiry = EnquiryFactory()

    assert client.get(url("desk-detail", pk=enquiry.pk)).status_code == 302
    client.force_login(participant)
    assert client.get(url("desk-detail", pk=enquiry.pk)).status_code == 404
    assert list(client.get(url("desk")).context["enquiries"]) == []


def test_moderator_sees_every_confirmed_enquiry_at_the_desk(client, moderator):
    enquiry = EnquiryFactory()
    client.force_login(moderator)

    assert client.get(url("desk-detail", pk=enquiry.pk)).status_code == 200


@pytest.mark.parametrize("rows", [2, 8])
def test_desk_queries_stay_flat(client, answered_by, django_assert_num_queries, rows):
    organisation, member = answered_by
    for _ in range(rows):
        EnquiryFactory(status=EnquiryStatus.ASSIGNED, organisation=organisation)
    client.force_login(member)

    with django_assert_num_queries(5):
        response = client.get(url("desk"))

    assert len(response.context["enquiries"]) == rows


def test_profile_page_lists_ones_questions_and_what_waits_at_the_desk(client, answered_by):
    organisation, member = answered_by
    own = EnquiryFactory(user=member, question="Where can I find respite care in Varna?", language="en")
    EnquiryFactory(status=EnquiryStatus.ASSIGNED, organisation=organisation)
    EnquiryFactory(status=EnquiryStatus.ANSWERED, organisation=organisation)
    client.force_login(member)

    page = client.get(reverse("directory:profile-edit")).content.decode()

    assert own.get_absolute_url() in page
    assert "1 въпрос очаква отговор от вашата организация" in page


def test_moderator_finds_enquiries_open_for_more_than_four_weeks(moderator_client):
    EnquiryFactory(question="Recent question")
    old = EnquiryFactory(question="Old question")
    Enquiry.objects.filter(pk=old.pk).update(confirmed_at=timezone.now() - timedelta(days=40))
    answered = EnquiryFactory(question="Old answered question", status=EnquiryStatus.ANSWERED)
    Enquiry.objects.filter(pk=answered.pk).update(confirmed_at=timezone.now() - timedelta(days=40))

    response = moderator_client.get(reverse("admin:enquiries_enquiry_changelist"), {"open_for": "older"})

    assert list(response.context["cl"].result_list) == [old]


@pytest.mark.parametrize("others", [1, 6])
def test_private_page_and_desk_page_queries_stay_flat(client, answered_by, django_assert_num_queries, others):
    organisation, member = answered_by
    enquiry = EnquiryFactory(status=EnquiryStatus.ASSIGNED, organisation=organisation)
    EnquiryFactory.create_batch(others, status=EnquiryStatus.ASSIGNED, organisation=organisation)

    with django_assert_num_queries(2):
        client.get(url("follow", token=enquiry.token))
    client.force_login(member)
    with django_assert_num_queries(4):
        client.get(url("desk-detail", pk=enquiry.pk))
