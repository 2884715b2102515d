"""Hostile query strings and form values give a normal page or a 4xx with a message, never a 500.

Every URL pattern of the site is found from the URL resolver and filled with objects made by the factories; the
GET parameters each page reads are found by watching it read a plain request; then every hostile value of the
corpus is sent to every one of them. The main public forms (comment, event registration, flag, sign-up) get the
same corpus in each field.
"""

import functools
from contextlib import contextmanager
from types import SimpleNamespace
from urllib.parse import quote

import pytest
from django.core.cache import cache
from django.http import QueryDict
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone, translation
from django.utils.dates import MONTHS

from demo.readiness import load_questionnaire
from directory.enums import MembershipStatus
from enquiries.enums import EnquiryStatus
from events.forms import RegistrationForm
from events.models import OrganiserMessage
from exchange.models import Match
from forum.forms import MOMENT_ERROR, FlagForm, PostForm
from forum.models import Post
from readiness import services as readiness_services
from readiness.questionnaire import Questionnaire
from tests.factories.enquiries import EnquiryFactory, PublicAnswerFactory
from tests.factories.events import EventFactory, PersonFactory, SessionFactory, SessionRoleFactory
from tests.factories.exchange import ListingFactory
from tests.factories.films import SubtitleTrackFactory
from tests.factories.forum import CategoryFactory, FlagFactory, ThreadFactory
from tests.factories.forum import PostFactory as ForumPostFactory
from tests.factories.initiatives import CallFactory
from tests.factories.needs import SurveyFactory
from tests.factories.newsletter import SentIssueFactory
from tests.factories.portal import (
    MembershipFactory,
    OrganisationFactory,
    ProfileFactory,
    ProjectFactory,
    TargetGroupFactory,
    ThemeFactory,
    VerifiedUserFactory,
)
from tests.factories.portal import PostFactory as NewsPostFactory
from tests.factories.practices import DocumentFactory, PracticeFactory
from tests.factories.services import ServiceFactory

pytestmark = pytest.mark.django_db

# Values as a visitor (or a scanner) might type them; each is URL-encoded when sent.
HOSTILE_VALUES = [
    "\x00",
    "a\x00b",
    "99999999999999999999",
    "-99999999999999999999",
    "-1",
    "0",
    "1e999",
    "NaN",
    "9" * 5000,
    "x" * 10_000,
    "' OR '1'='1' --",
    "1; DROP TABLE forum_post; --",
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "../../../etc/passwd",
    "1-1",
    "0001-01",
    "9999-12",
    "２０２４-１２",
    "\u202e\ufeff",
    "😀",
    " ",
]
# Query-string values sent as they are: percent-encodings that do not decode as UTF-8.
RAW_HOSTILE_VALUES = ["%ff%fe%fd", "%c0%af", "%ed%a0%80", "%", "%0", "%%00"]
REPEATS = 300


def finished_assessment(*, author, organisation):
    """A readiness assessment of the demo questionnaire, every question answered, shared by a private link."""
    load_questionnaire()
    assessment = readiness_services.start_assessment(author=author, name="Обменна мрежа", organisation=organisation)
    answers = dict.fromkeys(Questionnaire(assessment.version.content).answer_keys(), 2)
    assessment = readiness_services.save_answers(assessment=assessment, answers=answers)
    return readiness_services.share(assessment=assessment)


def site_objects():
    """One published object of every kind a public URL names, made the way the demo content is."""
    theme, target_group = ThemeFactory(), TargetGroupFactory()
    organisation = OrganisationFactory()
    practice = PracticeFactory(themes=[theme], target_groups=[target_group])
    track = SubtitleTrackFactory(film__practices=[practice])
    thread = ThreadFactory(category=CategoryFactory())
    post = ForumPostFactory(discussion=thread)
    event = EventFactory(organiser=organisation)
    role = SessionRoleFactory(session=SessionFactory(day__event=event), person=PersonFactory())
    profile = ProfileFactory(organisation=organisation)
    need = ListingFactory(kind="need", municipality="Трекляно", is_remote=True, contact="+359 88 000 0000")
    return SimpleNamespace(
        organisation=organisation,
        membership=MembershipFactory(organisation=organisation, status=MembershipStatus.REQUESTED),
        member=MembershipFactory(organisation=organisation, user=profile.user),
        call=CallFactory(organisation=organisation, themes=[theme], target_groups=[target_group]),
        project=ProjectFactory(lead_organisation=organisation),
        profile=profile,
        assessment=finished_assessment(author=profile.user, organisation=organisation),
        news=NewsPostFactory(),
        practice=practice,
        document=DocumentFactory(),
        film=track.film,
        track=track,
        category=thread.category,
        thread=thread,
        post=post,
        flag=FlagFactory(post=post),
        event=event,
        message=OrganiserMessage.objects.create(event=event, subject="Нова зала", body="Зала 2."),
        session=role.session,
        person=role.person,
        issue=SentIssueFactory(),
        survey=SurveyFactory(),
        service=ServiceFactory(provider=organisation, target_groups=[target_group]),
        enquiry=EnquiryFactory(status=EnquiryStatus.ASSIGNED, organisation=organisation),
        public_answer=PublicAnswerFactory(),
        listing=need,
        match=Match.objects.create(offer=ListingFactory(organisation=organisation), need=need),
    )


# How each URL pattern with arguments is filled; a new pattern must be added here (a test checks).
PATTERN_KWARGS = {
    "account_confirm_email": lambda s: {"key": "not-a-key"},
    "account_reset_password_from_key": lambda s: {"uidb36": "1", "key": "not-a-key"},
    "directory:organisation-detail": lambda s: {"slug": s.organisation.slug},
    "directory:organisation-join": lambda s: {"slug": s.organisation.slug},
    "initiatives:call-detail": lambda s: {"slug": s.call.slug},
    "initiatives:call-edit": lambda s: {"slug": s.call.slug},
    "initiatives:call-interest": lambda s: {"slug": s.call.slug},
    "directory:organisation-leave": lambda s: {"slug": s.organisation.slug},
    "directory:organisation-members": lambda s: {"slug": s.organisation.slug},
    "directory:organisation-member-decide": lambda s: {"slug": s.organisation.slug, "pk": s.membership.pk},
    "portal:dataset-codebook": lambda s: {"dataset": "practices"},
    "portal:dataset-csv": lambda s: {"dataset": "practices"},
    "portal:dataset-json": lambda s: {"dataset": "events"},
    "api-list": lambda s: {"dataset": "practices"},
    "api-detail": lambda s: {"dataset": "practices", "key": s.practice.slug},
    "api-not-found": lambda s: {"rest": "nothing/here"},
    "count": lambda s: {"kind": "practice-view", "pk": s.practice.pk},
    "directory:project-detail": lambda s: {"slug": s.project.slug},
    "directory:profile-detail": lambda s: {"pk": s.profile.pk},
    "news:post-detail": lambda s: {"slug": s.news.slug},
    "practices:practice-detail": lambda s: {"slug": s.practice.slug},
    "practices:document-detail": lambda s: {"slug": s.document.slug},
    "practices:document-download": lambda s: {"slug": s.document.slug},
    "films:film-detail": lambda s: {"slug": s.film.slug},
    "films:film-transcript": lambda s: {"slug": s.film.slug},
    "films:track-vtt": lambda s: {"slug": s.film.slug, "language": s.track.language},
    "films:track-srt": lambda s: {"slug": s.film.slug, "language": s.track.language},
    "forum:thread-detail": lambda s: {"pk": s.thread.pk},
    "forum:thread-reply": lambda s: {"pk": s.thread.pk},
    "forum:thread-moderate": lambda s: {"pk": s.thread.pk},
    "forum:follow-toggle": lambda s: {"app_label": "forum", "model_name": "discussion", "object_id": s.thread.pk},
    "forum:comment-create": lambda s: {"app_label": "films", "model_name": "film", "object_id": s.film.pk},
    "forum:post-detail": lambda s: {"pk": s.post.pk},
    "forum:post-edit": lambda s: {"pk": s.post.pk},
    "forum:post-flag": lambda s: {"pk": s.post.pk},
    "forum:post-hide": lambda s: {"pk": s.post.pk},
    "forum:post-restore": lambda s: {"pk": s.post.pk},
    "forum:post-approve": lambda s: {"pk": s.post.pk},
    "forum:flag-resolve": lambda s: {"pk": s.flag.pk},
    "forum:unsubscribe": lambda s: {"token": "not-a-token"},
    "forum:category-detail": lambda s: {"slug": s.category.slug},
    "forum:thread-create": lambda s: {"slug": s.category.slug},
    "attendance:check-in": lambda s: {"slug": s.event.slug, "day": s.session.day_id},
    "attendance:tick": lambda s: {"slug": s.event.slug, "day": s.session.day_id},
    "attendance:ticks": lambda s: {"slug": s.event.slug, "day": s.session.day_id},
    "attendance:certificate-verify": lambda s: {"code": "ABCDEFGH23"},
    "attendance:certificate-pdf": lambda s: {"code": "ABCDEFGH23"},
    "readiness:assessment": lambda s: {"pk": s.assessment.pk},
    "readiness:step": lambda s: {"pk": s.assessment.pk, "step": 1},
    "readiness:result": lambda s: {"pk": s.assessment.pk},
    "readiness:report": lambda s: {"pk": s.assessment.pk},
    "readiness:answers-csv": lambda s: {"pk": s.assessment.pk},
    "readiness:share": lambda s: {"pk": s.assessment.pk},
    "readiness:stop-sharing": lambda s: {"pk": s.assessment.pk},
    "readiness:shared": lambda s: {"token": s.assessment.share_token},
    "readiness:organisation": lambda s: {"slug": s.organisation.slug},
    "needs:survey": lambda s: {"slug": s.survey.slug},
    "needs:place": lambda s: {"code": "bg-01"},
    "needs:sent": lambda s: {"slug": s.survey.slug},
    "needs:confirm": lambda s: {"slug": s.survey.slug, "token": "not-a-token"},
    "needs:results": lambda s: {"slug": s.survey.slug},
    "needs:results-csv": lambda s: {"slug": s.survey.slug},
    "exchange:listing-detail": lambda s: {"slug": s.listing.slug},
    "exchange:listing-edit": lambda s: {"slug": s.listing.slug},
    "exchange:match-take-up": lambda s: {"pk": s.match.pk},
    "events:starred-ical": lambda s: {"user_id": s.profile.user_id, "token": "not-a-token"},
    "events:person-detail": lambda s: {"slug": s.person.slug},
    "events:event-detail": lambda s: {"slug": s.event.slug},
    "events:event-programme": lambda s: {"slug": s.event.slug},
    "events:programme-json": lambda s: {"slug": s.event.slug},
    "events:programme-frab": lambda s: {"slug": s.event.slug},
    "events:programme-c3voc": lambda s: {"slug": s.event.slug},
    "events:event-ical": lambda s: {"slug": s.event.slug},
    "events:change-log": lambda s: {"slug": s.event.slug},
    "events:change-feed": lambda s: {"slug": s.event.slug},
    "events:event-register": lambda s: {"slug": s.event.slug},
    "events:registration-cancel": lambda s: {"slug": s.event.slug},
    "events:desk": lambda s: {"slug": s.event.slug},
    "events:desk-day": lambda s: {"slug": s.event.slug, "day": s.session.day_id},
    "events:desk-move": lambda s: {"slug": s.event.slug, "pk": s.session.pk},
    "events:desk-publish": lambda s: {"slug": s.event.slug},
    "events:desk-discard": lambda s: {"slug": s.event.slug},
    "events:desk-import": lambda s: {"slug": s.event.slug},
    "events:desk-import-preview": lambda s: {"slug": s.event.slug},
    "events:desk-import-template": lambda s: {"slug": s.event.slug},
    "events:desk-messages": lambda s: {"slug": s.event.slug},
    "events:message-detail": lambda s: {"slug": s.event.slug, "pk": s.message.pk},
    "events:session-detail": lambda s: {"slug": s.event.slug, "pk": s.session.pk},
    "events:session-ical": lambda s: {"slug": s.event.slug, "pk": s.session.pk},
    "events:session-star": lambda s: {"slug": s.event.slug, "pk": s.session.pk},
    "newsletter:confirm": lambda s: {"token": "not-a-token"},
    "newsletter:unsubscribe": lambda s: {"token": "not-a-token"},
    "newsletter:manage": lambda s: {"token": "not-a-token"},
    "newsletter:issue-detail": lambda s: {"pk": s.issue.pk},
    "news:tag-feed": lambda s: {"tag": "co-operatives"},
    "news:tag-feed-rss": lambda s: {"tag": "co-operatives"},
    "practices:country-feed": lambda s: {"code": s.practice.country.code},
    "practices:country-feed-rss": lambda s: {"code": s.practice.country.code},
    "practices:theme-feed": lambda s: {"slug": s.practice.themes.first().slug},
    "practices:theme-feed-rss": lambda s: {"slug": s.practice.themes.first().slug},
    "events:type-feed": lambda s: {"event_type": s.event.event_type},
    "events:type-feed-rss": lambda s: {"event_type": s.event.event_type},
    "forum:category-feed": lambda s: {"slug": s.category.slug},
    "forum:category-feed-rss": lambda s: {"slug": s.category.slug},
    "forum:thread-feed": lambda s: {"pk": s.thread.pk},
    "forum:thread-feed-rss": lambda s: {"pk": s.thread.pk},
    "events:change-feed-rss": lambda s: {"slug": s.event.slug},
    "services:service-detail": lambda s: {"slug": s.service.slug},
    "services:service-referral": lambda s: {"slug": s.service.slug},
    "services:service-edit": lambda s: {"slug": s.service.slug},
    "enquiries:follow": lambda s: {"token": s.enquiry.token},
    "enquiries:confirm": lambda s: {"token": "not-a-token"},
    "enquiries:desk-detail": lambda s: {"pk": s.enquiry.pk},
    "enquiries:answer-detail": lambda s: {"slug": s.public_answer.slug},
}


def named_patterns(patterns=None, namespace=""):
    """(name, pattern) of every named URL pattern outside the admin, namespaced as `reverse` wants it."""
    for entry in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(entry, URLResolver):
            if entry.namespace == "admin":
                continue
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from named_patterns(entry.url_patterns, inner)
        elif isinstance(entry, URLPattern) and entry.name:
            yield f"{namespace}{entry.name}", entry


@functools.cache
def public_pattern_names():
    return sorted({name for name, _ in named_patterns()})


def site_url(name, site):
    with translation.override("en"):
        fill = PATTERN_KWARGS.get(name)
        return reverse(name, kwargs=fill(site) if fill else None)


@contextmanager
def parameter_reads(monkeypatch):
    """Collect the names of the query parameters the code reads."""
    names = set()

    def watch(method):
        def watched(self, key, *args, **kwargs):
            names.add(key)
            return method(self, key, *args, **kwargs)

        return watched

    for method in ("get", "getlist", "__getitem__", "__contains__"):
        monkeypatch.setattr(QueryDict, method, watch(getattr(QueryDict, method)))
    yield names
    monkeypatch.undo()


def hostile_query_strings(names):
    """Every hostile value for every name at once, then each name repeated many times."""
    for value in HOSTILE_VALUES:
        yield "&".join(f"{quote(name)}={quote(value)}" for name in names)
    for raw in RAW_HOSTILE_VALUES:
        yield "&".join(f"{quote(name)}={raw}" for name in names)
    for name in names:
        yield "&".join([f"{quote(name)}=1"] * REPEATS)
        yield "&".join(f"{quote(name)}={quote(value)}" for value in HOSTILE_VALUES)


def test_every_pattern_with_arguments_is_filled_by_this_test():
    needing_arguments = {name for name, pattern in named_patterns() if pattern.pattern.regex.groups}

    assert needing_arguments - set(PATTERN_KWARGS) == set()


@pytest.mark.parametrize("name", public_pattern_names())
def test_hostile_query_strings_never_give_a_server_error(client, monkeypatch, name):
    site = site_objects()
    url = site_url(name, site)
    with parameter_reads(monkeypatch) as names:
        cache.clear()
        probe = client.get(url)
    if probe.status_code == 302 and "/accounts/login/" in probe.get("Location", ""):
        client.force_login(site.profile.user)
        with parameter_reads(monkeypatch) as names:
            probe = client.get(url)
    names = sorted((names | {"page"}) - {"csrfmiddlewaretoken"})

    failures = []
    for query in hostile_query_strings(names):
        response = client.get(f"{url}?{query}")
        if response.status_code >= 500:
            failures.append((query[:120], response.status_code))

    assert probe.status_code < 500
    assert failures == []


# --- The malformed inputs found on main -------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["bg", "en"])
@pytest.mark.parametrize("month", ["1-1", "0001-01", "9999-12", "2026-13", "2026-0", "-1--1", "99999999999999999999-1"])
def test_calendar_with_a_month_it_cannot_show_shows_this_month(client, language, month):
    this_month = timezone.localdate()

    response = client.get(f"/{language}/events/calendar/", {"month": month})

    assert response.status_code == 200
    assert response.context["month"] == this_month.replace(day=1)
    with translation.override(language):
        assert str(MONTHS[this_month.month]) in response.content.decode()


def test_calendar_still_shows_a_month_far_ahead(client):
    response = client.get("/en/events/calendar/", {"month": "2150-12"})

    assert response.context["month"].isoformat() == "2150-12-01"
    assert response.context["next_month"].isoformat() == "2151-01-01"


@pytest.mark.parametrize("anchor", ["99999999999999999999", "2147483648", "-5"])
def test_film_comment_with_an_impossible_moment_is_refused_with_a_message_and_kept(client, anchor):
    film = SubtitleTrackFactory().film
    client.force_login(VerifiedUserFactory())

    response = client.post(
        reverse("forum:comment-create", kwargs={"app_label": "films", "model_name": "film", "object_id": film.pk}),
        {"body": "Моят коментар за филма", "anchor_seconds": anchor},
    )

    html = response.content.decode()
    assert response.status_code == 400
    assert str(MOMENT_ERROR) in html
    assert f'value="{anchor}"' in html
    assert "Моят коментар за филма" in html
    assert Post.objects.count() == 0


def test_film_comment_at_a_real_moment_is_still_anchored(client):
    film = SubtitleTrackFactory().film
    client.force_login(VerifiedUserFactory())

    client.post(
        reverse("forum:comment-create", kwargs={"app_label": "films", "model_name": "film", "object_id": film.pk}),
        {"body": "At one minute", "anchor_seconds": "60"},
    )

    assert Post.objects.get().anchor_seconds == 60


@pytest.mark.parametrize("reply_to", ["99999999999999999999", "²", "-1", "0x10"])
def test_thread_with_an_impossible_reply_to_shows_the_thread(client, reply_to):
    post = ForumPostFactory(body="The first post")
    client.force_login(VerifiedUserFactory())

    response = client.get(reverse("forum:thread-detail", kwargs={"pk": post.discussion_id}), {"reply_to": reply_to})

    assert response.status_code == 200
    assert "The first post" in response.content.decode()


def test_nul_characters_are_taken_out_of_the_search_before_it_runs(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        PracticeFactory(title_en="Personal budgets", title_bg="Лични бюджети")

    response = client.get("/en/search/?q=Personal%00%20budgets%00")

    assert response.status_code == 200
    assert response.context["query"] == "Personal budgets"
    assert [hit.title for hit in response.context["results"]] == ["<mark>Personal</mark> <mark>budgets</mark>"]
    assert "\x00" not in response.content.decode()


def test_nul_characters_are_taken_out_of_the_practices_to_compare(client):
    first, second = PracticeFactory(), PracticeFactory()

    response = client.get(f"/en/practices/compare/?p={first.slug}%00&p=%00{second.slug}&p=%00")

    assert response.status_code == 200
    assert response.context["request"].GET.getlist("p") == [first.slug, second.slug, ""]


# --- Public forms -----------------------------------------------------------------------------------------------


def hostile_posts(fields, valid):
    """(field, data): the valid data with one field at a time replaced by each hostile value, then by all of them."""
    for field in fields:
        for value in [*HOSTILE_VALUES, HOSTILE_VALUES]:
            yield field, {**valid, field: value}


def server_errors(client, url, fields, valid):
    """The (field, value, status) of every hostile post that the server answered with a 5xx."""
    failures = []
    for field, data in hostile_posts(fields, valid):
        response = client.post(url, data)
        if response.status_code >= 500:
            failures.append((field, str(data[field])[:60], response.status_code))
    return failures


def test_hostile_comment_fields_never_give_a_server_error(client, settings):
    settings.FORUM_POSTS_PER_MINUTE = 10_000  # every hostile comment reaches the service, none waits for the limit
    site = site_objects()
    client.force_login(VerifiedUserFactory())
    url = site_url("forum:comment-create", site)
    fields = [*PostForm.base_fields, "csrfmiddlewaretoken"]

    assert server_errors(client, url, fields, {"body": "A comment", "anchor_seconds": "5"}) == []


def test_hostile_event_registration_fields_never_give_a_server_error(client):
    site = site_objects()
    client.force_login(VerifiedUserFactory())
    url = site_url("events:event-register", site)
    valid = {"organisation": "An NGO", "accessibility_needs": ""}

    assert server_errors(client, url, list(RegistrationForm.base_fields), valid) == []


def test_hostile_flag_fields_never_give_a_server_error(client):
    site = site_objects()
    client.force_login(VerifiedUserFactory())
    url = site_url("forum:post-flag", site)

    assert server_errors(client, url, list(FlagForm.base_fields), {"reason": "spam", "text": "Advert"}) == []


def test_hostile_sign_up_fields_never_give_a_server_error(client):
    url = site_url("account_signup", None)
    valid = {
        "display_name": "New",
        "email": "new@example.org",
        "password1": "a-long-passphrase-42",
        "password2": "a-long-passphrase-42",
        "terms": "on",
    }

    assert server_errors(client, url, list(valid), valid) == []
