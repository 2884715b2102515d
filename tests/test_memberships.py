"""Organisation membership: asking to join, the administrators' answer, permissions, the members list, e-mails."""

import pytest
from django.core import mail
from django.urls import reverse

from core import roles
from directory import membership as memberships
from directory.enums import MembershipRole, MembershipStatus
from directory.models import Membership
from tests.factories.portal import MembershipFactory, OrganisationFactory, ProfileFactory, VerifiedUserFactory

pytestmark = pytest.mark.django_db


def person(name, language="bg"):
    user = roles.assign_role(user=VerifiedUserFactory(), role=roles.PARTICIPANT)
    ProfileFactory(user=user, display_name=name, language=language)
    return user


@pytest.fixture
def organisation():
    return OrganisationFactory(name_bg="Сдружение Съучастие", name_en="Association Saouchastie")


@pytest.fixture
def admin_member(organisation):
    return MembershipFactory(organisation=organisation, role=MembershipRole.ADMIN).user


@pytest.mark.parametrize("language", ["bg", "en"])
def test_a_participant_asks_to_join_and_the_administrator_is_told(
    client, organisation, admin_member, language, django_capture_on_commit_callbacks
):
    asker = person("Мария Петрова")
    client.force_login(asker)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("directory:organisation-join", kwargs={"slug": organisation.slug}), {"message": "Социален работник"}
        )

    assert response.status_code == 302
    membership = Membership.objects.get(user=asker, organisation=organisation)
    assert membership.status == MembershipStatus.REQUESTED
    assert membership.message == "Социален работник"
    assert [message.to for message in mail.outbox] == [[admin_member.email]]
    assert "Мария Петрова" in mail.outbox[0].body
    html = client.get(f"/{language}/organisations/{organisation.slug}/").content.decode()
    expected = {"bg": "Заявката ви за членство очаква отговор", "en": "Your request to join is waiting"}[language]
    assert expected in html


def test_a_deactivated_administrator_is_not_written_to(
    client, organisation, admin_member, django_capture_on_commit_callbacks
):
    blocked = MembershipFactory(organisation=organisation, role=MembershipRole.ADMIN).user
    blocked.is_active = False
    blocked.save()
    client.force_login(person("Мария Петрова"))

    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("directory:organisation-join", kwargs={"slug": organisation.slug}))

    assert [message.to for message in mail.outbox] == [[admin_member.email]]


@pytest.mark.parametrize(("language", "subject"), [("bg", "Вече сте член на"), ("en", "You are a member of")])
def test_the_administrator_accepts_and_the_member_is_listed_and_told_in_their_language(
    client, organisation, admin_member, language, subject, django_capture_on_commit_callbacks
):
    asker = person("Мария Петрова", language=language)
    membership = memberships.request_membership(user=asker, organisation=organisation)
    mail.outbox.clear()
    client.force_login(admin_member)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("directory:organisation-member-decide", kwargs={"slug": organisation.slug, "pk": membership.pk}),
            {"decision": "accept"},
        )

    membership.refresh_from_db()
    assert membership.status == MembershipStatus.ACCEPTED
    assert membership.decided_by == admin_member
    assert memberships.is_member(asker, organisation)
    assert not memberships.is_admin_of(asker, organisation)
    assert list(memberships.organisations_of(asker)) == [organisation]
    assert [message.to for message in mail.outbox] == [[asker.email]]
    assert subject in mail.outbox[0].subject
    client.logout()
    html = client.get(f"/{language}/organisations/{organisation.slug}/").content.decode()
    assert "Мария Петрова" in html


def test_the_administrator_declines_and_the_requester_may_ask_again(
    client, organisation, admin_member, django_capture_on_commit_callbacks
):
    asker = person("Иван Иванов", language="en")
    membership = memberships.request_membership(user=asker, organisation=organisation)
    mail.outbox.clear()
    client.force_login(admin_member)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("directory:organisation-member-decide", kwargs={"slug": organisation.slug, "pk": membership.pk}),
            {"decision": "decline"},
        )

    membership.refresh_from_db()
    assert membership.status == MembershipStatus.DECLINED
    assert not memberships.is_member(asker, organisation)
    assert "declined" in mail.outbox[0].body
    client.logout()
    assert "Иван Иванов" not in client.get(f"/en/organisations/{organisation.slug}/").content.decode()
    again = memberships.request_membership(user=asker, organisation=organisation)
    assert again.pk == membership.pk
    assert again.status == MembershipStatus.REQUESTED


def test_a_member_who_is_not_administrator_cannot_decide(client, organisation):
    plain_member = MembershipFactory(organisation=organisation).user
    membership = memberships.request_membership(user=person("Мария"), organisation=organisation)
    client.force_login(plain_member)

    page = client.get(reverse("directory:organisation-members", kwargs={"slug": organisation.slug}))
    decided = client.post(
        reverse("directory:organisation-member-decide", kwargs={"slug": organisation.slug, "pk": membership.pk}),
        {"decision": "accept"},
    )

    assert page.status_code == 403
    assert decided.status_code == 403
    membership.refresh_from_db()
    assert membership.status == MembershipStatus.REQUESTED


def test_an_administrator_of_another_organisation_cannot_decide(client, organisation):
    other_admin = MembershipFactory(role=MembershipRole.ADMIN).user
    membership = memberships.request_membership(user=person("Мария"), organisation=organisation)
    client.force_login(other_admin)

    response = client.post(
        reverse("directory:organisation-member-decide", kwargs={"slug": organisation.slug, "pk": membership.pk}),
        {"decision": "accept"},
    )

    assert response.status_code == 403
    membership.refresh_from_db()
    assert membership.status == MembershipStatus.REQUESTED
    assert not memberships.can_decide(other_admin, organisation)


def test_a_request_to_another_organisation_is_not_found_through_this_one(client, organisation, admin_member):
    elsewhere = memberships.request_membership(user=person("Мария"), organisation=OrganisationFactory())
    client.force_login(admin_member)

    response = client.post(
        reverse("directory:organisation-member-decide", kwargs={"slug": organisation.slug, "pk": elsewhere.pk}),
        {"decision": "accept"},
    )

    assert response.status_code == 404


@pytest.mark.parametrize("language", ["bg", "en"])
def test_a_moderator_sees_the_requests_and_accepts_on_the_site(client, moderator, organisation, language):
    membership = memberships.request_membership(user=person("Мария Петрова"), organisation=organisation)
    client.force_login(moderator)

    page = client.get(f"/{language}/organisations/{organisation.slug}/members/").content.decode()
    client.post(f"/{language}/organisations/{organisation.slug}/members/{membership.pk}/", {"decision": "accept"})

    assert "Мария Петрова" in page
    assert {"bg": "Заявки за членство", "en": "Requests to join"}[language] in page
    membership.refresh_from_db()
    assert membership.status == MembershipStatus.ACCEPTED


def test_a_moderator_names_the_first_administrator_in_the_admin(client, moderator, organisation):
    membership = memberships.request_membership(user=person("Мария"), organisation=organisation)
    client.force_login(moderator)

    response = client.post(
        reverse("admin:directory_membership_changelist"),
        {"action": "accept_as_administrators", "_selected_action": [membership.pk]},
    )

    assert response.status_code == 302
    assert memberships.is_admin_of(membership.user, organisation)


def test_an_unverified_user_cannot_ask_to_join(client, organisation):
    user = roles.assign_role(user=VerifiedUserFactory(verified_email=False), role=roles.PARTICIPANT)
    user.emailaddress_set.update(verified=False)
    client.force_login(user)

    client.post(reverse("directory:organisation-join", kwargs={"slug": organisation.slug}))

    assert not Membership.objects.exists()


def test_a_bad_decision_value_keeps_the_request_open(client, organisation, admin_member):
    membership = memberships.request_membership(user=person("Мария"), organisation=organisation)
    client.force_login(admin_member)

    response = client.post(
        reverse("directory:organisation-member-decide", kwargs={"slug": organisation.slug, "pk": membership.pk}),
        {"decision": "maybe"},
    )

    assert response.status_code == 302
    membership.refresh_from_db()
    assert membership.status == MembershipStatus.REQUESTED


def test_a_member_leaves(client, organisation):
    member = MembershipFactory(organisation=organisation).user
    client.force_login(member)

    client.post(reverse("directory:organisation-leave", kwargs={"slug": organisation.slug}))

    assert not memberships.is_member(member, organisation)


def test_anonymous_visitors_cannot_ask_or_see_the_members_page(client, organisation):
    assert client.post(reverse("directory:organisation-join", kwargs={"slug": organisation.slug})).status_code == 302
    assert client.get(reverse("directory:organisation-members", kwargs={"slug": organisation.slug})).status_code == 302
    assert not Membership.objects.exists()


@pytest.mark.parametrize("size", [1, 8])
def test_organisation_page_queries_stay_flat_as_members_grow(client, organisation, size, django_assert_num_queries):
    MembershipFactory.create_batch(size, organisation=organisation)

    with django_assert_num_queries(9):
        response = client.get(f"/en/organisations/{organisation.slug}/")

    assert response.status_code == 200


def test_export_and_erasure_cover_memberships(organisation, admin_member):
    asker = person("Мария")
    memberships.request_membership(user=asker, organisation=organisation, message="Здравейте")

    exported = memberships.export(asker)["memberships"]
    memberships.erase(user=asker, former_member=None)

    assert exported[0]["organisation"] == organisation.name
    assert exported[0]["message"] == "Здравейте"
    assert not Membership.objects.filter(user=asker).exists()
