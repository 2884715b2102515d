"""Calls for partners, campaigns and volunteering: posting and approval, editing, interest, expiry, the lists."""

import io
import re
from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from core import roles
from demo import directory as directory_demo
from demo import initiatives as initiatives_demo
from directory.enums import MembershipRole
from initiatives import privacy, services
from initiatives.enums import CallKind, CallStatus
from initiatives.models import Call, Interest
from initiatives.periodic import close_expired_calls
from tests.factories.initiatives import CallFactory
from tests.factories.portal import (
    MembershipFactory,
    OrganisationFactory,
    ProfileFactory,
    ThemeFactory,
    VerifiedUserFactory,
)

pytestmark = pytest.mark.django_db


def person(name="Мария Петрова", language="bg"):
    user = roles.assign_role(user=VerifiedUserFactory(), role=roles.PARTICIPANT)
    ProfileFactory(user=user, display_name=name, language=language)
    return user


def form_data(organisation, **changes):
    data = {
        "organisation": organisation.pk,
        "kind": CallKind.VOLUNTEERING,
        "title_bg": "Доброволци за лятно училище в Добърско",
        "summary_bg": "Търсим доброволци за двуседмично лятно училище.",
        "oblast": "BG-01",
        "municipality": "Разлог",
        "remote_or_small": "on",
        "closes_on": (timezone.localdate() + timedelta(days=20)).isoformat(),
        "contact": "school@example.org",
    }
    return data | changes


@pytest.fixture
def member():
    return MembershipFactory(user=person("Иван Членов")).user


@pytest.fixture
def organisation(member):
    return member.memberships.get().organisation


@pytest.mark.parametrize("language", ["bg", "en"])
def test_a_new_organisations_first_call_waits_for_a_moderator(
    client, member, organisation, moderator, language, django_capture_on_commit_callbacks
):
    client.force_login(member)

    response = client.post(f"/{language}/initiatives/new/", form_data(organisation))

    call = Call.objects.get()
    assert response.status_code == 302
    assert call.status == CallStatus.PENDING
    assert call.posted_by == member
    assert client.get(call.get_absolute_url()).status_code == 200  # the organisation sees it
    client.logout()
    assert client.get(f"/{language}/initiatives/{call.slug}/").status_code == 404
    assert call.title_bg not in client.get(f"/{language}/initiatives/").content.decode()

    client.force_login(moderator)
    with django_capture_on_commit_callbacks(execute=True):  # approval retires the cached list after the commit
        client.post(reverse("admin:initiatives_call_changelist"), {"action": "approve", "_selected_action": [call.pk]})
    client.logout()

    call.refresh_from_db()
    assert call.status == CallStatus.OPEN
    assert call.title_bg in client.get(f"/{language}/initiatives/").content.decode()


def test_once_approved_the_organisations_next_calls_open_at_once(client, member, organisation):
    CallFactory(organisation=organisation)
    client.force_login(member)

    client.post("/en/initiatives/new/", form_data(organisation, title_bg="Втора покана"))

    assert Call.objects.get(title_bg="Втора покана").status == CallStatus.OPEN


def test_only_members_post_in_an_organisations_name(client, organisation):
    outsider = person()
    client.force_login(outsider)

    page = client.get("/en/initiatives/new/")
    response = client.post("/en/initiatives/new/", form_data(organisation))

    assert page.status_code == 302
    assert response.status_code == 302
    assert not Call.objects.exists()


@pytest.mark.parametrize(
    ("language", "message"),
    [("bg", "Дайте заглавие на поканата"), ("en", "Give the call a title")],
)
def test_a_call_without_a_title_is_refused_with_the_form_kept(client, member, organisation, language, message):
    client.force_login(member)

    response = client.post(f"/{language}/initiatives/new/", form_data(organisation, title_bg=""))

    html = response.content.decode()
    assert response.status_code == 200
    assert message in html
    assert "school@example.org" in html
    assert not Call.objects.exists()


def test_a_past_closing_date_is_refused(client, member, organisation):
    client.force_login(member)

    yesterday = (timezone.localdate() - timedelta(days=1)).isoformat()
    response = client.post("/en/initiatives/new/", form_data(organisation, closes_on=yesterday))

    assert "cannot be in the past" in response.content.decode()
    assert not Call.objects.exists()


def test_only_members_of_the_posters_organisation_edit_a_call(client, member, organisation):
    call = CallFactory(organisation=organisation)
    other_member = MembershipFactory(role=MembershipRole.ADMIN).user
    client.force_login(other_member)

    assert client.get(reverse("initiatives:call-edit", kwargs={"slug": call.slug})).status_code == 403

    client.force_login(member)
    client.post(
        reverse("initiatives:call-edit", kwargs={"slug": call.slug}),
        form_data(organisation, title_en="New", summary_en="A summary."),
    )
    call.refresh_from_db()
    assert call.title_en == "New"


@pytest.mark.parametrize(
    ("language", "subject"), [("bg", "Интерес към вашата покана"), ("en", "Interest in your call")]
)
def test_interest_reaches_the_organisations_members_by_email_and_their_account(
    client, member, organisation, language, subject, django_capture_on_commit_callbacks
):
    member.profile.language = language
    member.profile.save()
    call = CallFactory(organisation=organisation)
    volunteer = person("Петя Доброволец")
    client.force_login(volunteer)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("initiatives:call-interest", kwargs={"slug": call.slug}), {"message": "Мога през юли."})

    assert Interest.objects.get().user == volunteer
    assert [message.to for message in mail.outbox] == [[member.email]]
    assert subject in mail.outbox[0].subject
    assert "Петя Доброволец" in mail.outbox[0].body
    assert volunteer.email in mail.outbox[0].body
    client.force_login(member)
    account = client.get(f"/{language}/profile/").content.decode()
    assert "Петя Доброволец" in account
    assert "Мога през юли." in account


def test_interest_is_not_mailed_to_a_deactivated_member(
    client, organisation, member, django_capture_on_commit_callbacks
):
    blocked = MembershipFactory(organisation=organisation, user=person("Блокиран Член")).user
    blocked.is_active = False
    blocked.save()
    call = CallFactory(organisation=organisation)
    client.force_login(person())

    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("initiatives:call-interest", kwargs={"slug": call.slug}))

    assert [message.to for message in mail.outbox] == [[member.email]]


def test_interest_twice_sends_one_email(client, organisation, member, django_capture_on_commit_callbacks):
    call = CallFactory(organisation=organisation)
    client.force_login(person())

    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("initiatives:call-interest", kwargs={"slug": call.slug}))
        client.post(reverse("initiatives:call-interest", kwargs={"slug": call.slug}))

    assert Interest.objects.count() == 1
    assert len(mail.outbox) == 1


def test_a_closed_call_takes_no_interest(client):
    call = CallFactory(status=CallStatus.CLOSED, closes_on=timezone.localdate() - timedelta(days=2))
    client.force_login(person())

    client.post(reverse("initiatives:call-interest", kwargs={"slug": call.slug}))

    assert not Interest.objects.exists()


@pytest.mark.parametrize("language", ["bg", "en"])
def test_expired_calls_close_by_themselves_and_stay_in_the_archive(client, language):
    expired = CallFactory(
        title_en="Past call", title_bg="Минала покана", closes_on=timezone.localdate() - timedelta(days=1)
    )
    current = CallFactory(title_en="Current call", title_bg="Текуща покана")

    close_expired_calls.call()

    expired.refresh_from_db()
    current.refresh_from_db()
    assert expired.status == CallStatus.CLOSED
    assert expired.closed_at is not None
    assert current.status == CallStatus.OPEN
    open_list = client.get(f"/{language}/initiatives/").content.decode()
    archive = client.get(f"/{language}/initiatives/archive/").content.decode()
    assert expired.title not in open_list
    assert current.title in open_list
    assert expired.title in archive
    assert current.title not in archive
    assert client.get(expired.get_absolute_url()).status_code == 200


def test_a_moderator_hides_a_call_without_deleting_it(client, moderator):
    call = CallFactory()
    client.force_login(moderator)

    client.post(reverse("admin:initiatives_call_changelist"), {"action": "hide", "_selected_action": [call.pk]})
    client.logout()

    assert Call.objects.get(pk=call.pk).status == CallStatus.HIDDEN
    assert client.get(call.get_absolute_url()).status_code == 404


@pytest.mark.parametrize(("language", "label"), [("bg", "Благоевград (2)"), ("en", "Blagoevgrad (2)")])
def test_filters_narrow_the_list_and_count_each_option(client, language, label):
    theme = ThemeFactory(slug="volunteering")
    village = CallFactory(oblast="BG-01", remote_or_small=True, title_en="Village call", title_bg="Селска покана")
    village.themes.add(theme)
    CallFactory(oblast="BG-01", kind=CallKind.PARTNERS, title_en="Partners call", title_bg="Партньорска покана")
    CallFactory(oblast="BG-03", kind=CallKind.CAMPAIGN, title_en="Varna campaign", title_bg="Варненска кампания")

    whole = client.get(f"/{language}/initiatives/").content.decode()
    remote = client.get(f"/{language}/initiatives/", {"remote": "1", "oblast": "BG-01"}).content.decode()
    themed = client.get(f"/{language}/initiatives/", {"theme": "volunteering"}).content.decode()
    bad = client.get(f"/{language}/initiatives/", {"oblast": "BG-99", "kind": "spaceship"})

    assert label in whole
    assert village.title in remote
    assert "Partners call" not in remote and "Партньорска покана" not in remote
    assert village.title in themed and "Varna campaign" not in themed and "Варненска кампания" not in themed
    assert bad.status_code == 200


@pytest.mark.parametrize("size", [2, 12])
def test_list_queries_stay_flat(client, size, django_assert_num_queries):
    theme = ThemeFactory()
    for call in CallFactory.create_batch(size):
        call.themes.add(theme)

    with django_assert_num_queries(9):
        assert client.get("/en/initiatives/").status_code == 200


@pytest.mark.parametrize("size", [2, 12])
def test_signed_in_visitors_share_the_counted_filters(client, participant, size, django_assert_num_queries):
    for call in CallFactory.create_batch(size):
        call.themes.add(ThemeFactory())
    client.force_login(participant)
    client.get("/bg/initiatives/")

    with django_assert_num_queries(4):
        assert client.get("/en/initiatives/").status_code == 200


@pytest.mark.parametrize("size", [1, 6])
def test_detail_queries_stay_flat(client, size, django_assert_num_queries):
    call = CallFactory()
    call.themes.add(*[ThemeFactory() for _ in range(size)])

    with django_assert_num_queries(4):
        assert client.get(call.get_absolute_url()).status_code == 200


def test_export_and_erasure(organisation, member):
    call = CallFactory(organisation=organisation, posted_by=member)
    volunteer = person()
    services.express_interest(user=volunteer, call=call, message="Здравейте")

    assert privacy.export(volunteer)["call_interests"][0]["message"] == "Здравейте"
    assert privacy.export(member)["calls_posted"][0]["call"] == call.title
    privacy.erase(user=volunteer, former_member=None)
    privacy.erase(user=member, former_member=None)
    assert not Interest.objects.exists()
    assert Call.objects.get().posted_by is None


def test_calls_in_another_organisation_stay_out_of_a_members_account(client, member):
    services.express_interest(user=person("Чужд"), call=CallFactory(organisation=OrganisationFactory()))
    client.force_login(member)

    assert "Чужд" not in client.get("/en/profile/").content.decode()


@pytest.mark.parametrize(
    ("language", "heading"), [("bg", "Отворени покани и доброволчество"), ("en", "Open calls and volunteering")]
)
def test_the_home_page_shows_open_calls_and_retires_its_cache_when_one_opens(
    client, language, heading, django_capture_on_commit_callbacks
):
    client.get(f"/{language}/")
    with django_capture_on_commit_callbacks(execute=True):
        call = CallFactory(title_bg="Доброволци в Гела", title_en="Volunteers in Gela", remote_or_small=True)

    html = client.get(f"/{language}/").content.decode()

    assert heading in html
    assert call.title in html


def test_the_demo_calls_span_oblasts_a_remote_village_and_the_archive(client):
    directory_demo.load(stdout=io.StringIO())
    initiatives_demo.load(stdout=io.StringIO())

    calls = Call.objects.all()
    assert {call.oblast for call in calls} >= {"BG-01", "BG-02", "BG-03", "BG-22", "BG-21"}
    assert calls.filter(remote_or_small=True, status=CallStatus.OPEN).exists()
    assert calls.filter(status=CallStatus.CLOSED).count() == 1
    assert not calls.filter(title_bg="").exists()  # every demo text in both languages (tests/test_demo_content.py)
    assert "примерна" in calls.get(slug="dobrovoltsi-letni-zanimaniya-nesebar").description_bg
    html = client.get("/bg/initiatives/").content.decode()
    assert "Кампания: какво може да направи един социален кооператив" in html


@pytest.mark.parametrize(("language", "name"), [("en", "Blagoevgrad"), ("bg", "Благоевград")])
def test_list_map_links_each_oblast_with_calls_keeping_the_other_filters(client, language, name):
    CallFactory.create_batch(2, oblast="BG-01", kind=CallKind.CAMPAIGN)
    CallFactory(oblast="BG-02", kind=CallKind.CAMPAIGN)
    CallFactory(oblast="BG-03", kind=CallKind.PARTNERS)

    html = client.get(f"/{language}/initiatives/?kind=campaign").content.decode()

    svg = re.search(r'<svg class="choropleth__map".*?</svg>', html, re.S).group(0)
    links = dict(re.findall(r'<a href="\?kind=campaign&amp;oblast=(BG-\d\d)" aria-label="[^:"]+: (\d+) ', svg))
    assert {code: count for code, count in links.items() if count != "0"} == {"BG-01": "2", "BG-02": "1"}
    assert re.findall(r'<text class="choropleth__count"[^>]*>(\d+)</text>', svg) == ["2", "1"]
    assert re.search(rf'<th scope="row"><a href="\?kind=campaign&amp;oblast=BG-01">{name}</a></th>\s*<td>2</td>', html)
