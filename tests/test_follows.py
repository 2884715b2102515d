"""Following a practice, a film, an event, an organisation or a forum category, and hearing when it changes."""

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.cache import cache
from django.urls import reverse

from core.enums import PublicationStatus
from core.follows import follow, is_following
from core.models import Follow
from core.privacy import export_personal_data
from directory.services import delete_account, ensure_profile
from events import services as event_services
from events.enums import NEW_SESSION, PROGRAMME_CHANGE
from events.models import Session
from forum import services as forum_services
from forum.emails import send_digest
from forum.enums import NEW_THREAD, DigestFrequency, NotificationKind
from forum.models import Notification
from forum.tokens import make_unsubscribe_token
from practices import services as practice_services
from practices.enums import NEW_PRACTICE
from practices.models import Practice
from tests.factories.events import EventFactory, ProgrammeDayFactory, SessionFactory
from tests.factories.films import FilmFactory
from tests.factories.forum import CategoryFactory, ThreadFactory
from tests.factories.portal import OrganisationFactory, VerifiedUserFactory
from tests.factories.practices import PracticeFactory
from tests.follows import follow_url

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()
    yield
    cache.clear()


def reader(language="bg", **kwargs):
    """A verified participant who reads e-mail in `language`."""
    user = VerifiedUserFactory(**kwargs)
    ensure_profile(user=user, language=language)
    return user


FOLLOWABLE_PAGES = {
    "practice": lambda: PracticeFactory(),
    "film": lambda: FilmFactory(),
    "event": lambda: EventFactory(),
    "organisation": lambda: OrganisationFactory(),
    "category": lambda: CategoryFactory(),
    "thread": lambda: ThreadFactory(post_count=1),
}


@pytest.mark.parametrize(
    ("language", "follow_word", "stop_word"),
    [("bg", "Следете", "Спрете да следите"), ("en", "Follow", "Stop following")],
)
@pytest.mark.parametrize("kind", FOLLOWABLE_PAGES)
def test_follow_button_follows_and_unfollows_without_javascript(
    client, participant, kind, language, follow_word, stop_word
):
    target = FOLLOWABLE_PAGES[kind]()
    client.force_login(participant)
    page = f"/{language}{target.get_absolute_url()[3:]}"

    before = client.get(page).content.decode()
    response = client.post(follow_url(target), {"follow": "1"}, HTTP_ACCEPT_LANGUAGE=language)
    following = client.get(page).content.decode()
    client.post(follow_url(target), {"follow": "0"})

    assert f'action="{follow_url(target)}"' in before
    assert f">{follow_word}</button>" in before
    assert response.status_code == 302
    assert response["Location"] == target.get_absolute_url()
    assert f">{stop_word}</button>" in following
    assert not is_following(participant, target)


def test_visitors_see_no_follow_button_and_cannot_follow(client):
    practice = PracticeFactory()

    page = client.get(practice.get_absolute_url()).content.decode()
    response = client.post(follow_url(practice), {"follow": "1"})

    assert follow_url(practice) not in page
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]
    assert not Follow.objects.exists()


def test_following_a_draft_practice_or_an_unfollowable_model_is_refused(client, participant):
    draft = PracticeFactory(status=PublicationStatus.DRAFT, published_at=None)
    client.force_login(participant)

    draft_response = client.post(follow_url(draft), {"follow": "1"})
    user_response = client.post(
        reverse("forum:follow-toggle", kwargs={"app_label": "auth", "model_name": "user", "object_id": participant.pk}),
        {"follow": "1"},
    )

    assert (draft_response.status_code, user_response.status_code) == (404, 404)
    assert not Follow.objects.exists()


def test_new_comment_on_a_followed_practice_notifies_and_emails_in_the_readers_language(
    client, django_capture_on_commit_callbacks
):
    practice = PracticeFactory(title_bg="Лична помощ", title_en="Personal assistance")
    follower = reader("en")
    follow(user=follower, target=practice)

    with django_capture_on_commit_callbacks(execute=True):
        forum_services.create_comment(target=practice, author=reader(), body="Работи ли в малки общини?")

    notification = Notification.objects.get()
    assert (notification.recipient, notification.kind, notification.target) == (
        follower,
        NotificationKind.REPLY,
        practice,
    )
    message = mail.outbox[0]
    assert message.subject.endswith("New in “Personal assistance”")
    assert "Работи ли в малки общини?" in message.body
    assert "Stop e-mail about this (one click, no sign-in needed):" in message.body
    unsubscribe = message.extra_headers["List-Unsubscribe"].strip("<>")
    client.post(unsubscribe)
    assert not is_following(follower, practice)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("bg", "Нова сесия в програмата на Форум за иновации: Отворено пространство"),
        ("en", "New session in the programme of Innovation forum: Open space"),
    ],
)
def test_new_session_of_a_followed_event_notifies_in_the_readers_language(
    client, django_capture_on_commit_callbacks, language, expected
):
    event = EventFactory(title_bg="Форум за иновации", title_en="Innovation forum")
    follower = reader(language)
    follow(user=follower, target=event)
    day = ProgrammeDayFactory(event=event)
    session = Session(
        event=event,
        day=day,
        title_bg="Отворено пространство",
        title_en="Open space",
        start=event.start,
        end=event.start + timedelta(hours=1),
    )

    with django_capture_on_commit_callbacks(execute=True):
        event_services.update_session(session=session)

    notification = Notification.objects.get(recipient=follower)
    client.force_login(follower)
    page = client.get(f"/{language}/forum/notifications/").content.decode()
    assert notification.kind == NEW_SESSION
    assert expected in page
    assert f'href="/{language}/events/{event.slug}/sessions/{session.pk}/"' in page
    assert expected in mail.outbox[0].body


def test_programme_change_of_a_followed_event_notifies_its_followers_only(django_capture_on_commit_callbacks):
    session = SessionFactory(title_bg="Закриване", title_en="Closing")
    follower, bystander = reader("en"), reader("bg")
    follow(user=follower, target=session.event)

    with django_capture_on_commit_callbacks(execute=True):
        event_services.update_session(
            session=session, start=session.start + timedelta(hours=2), end=session.end + timedelta(hours=2)
        )

    notification = Notification.objects.get()
    assert (notification.recipient, notification.kind) == (follower, PROGRAMME_CHANGE)
    assert not Notification.objects.filter(recipient=bystander).exists()
    assert "Programme change in" in mail.outbox[0].body
    assert "“Closing” now takes place on" in mail.outbox[0].body


def test_a_draft_events_new_session_notifies_no_one():
    event = EventFactory(status="draft")
    follow(user=reader(), target=event)

    day = ProgrammeDayFactory(event=event)
    event_services.update_session(session=SessionFactory.build(event=event, day=day))

    assert not Notification.objects.exists()


def test_new_practice_of_a_followed_organisation_notifies_once_when_first_published():
    organisation = OrganisationFactory(name_bg="Сдружение „Заедно“", name_en="Together Association")
    follower = reader()
    follow(user=follower, target=organisation)
    practice = Practice(
        title_bg="Социално предприятие",
        title_en="Social enterprise",
        country="BG",
        source_organisation=organisation,
        status=PublicationStatus.DRAFT,
    )
    practice_services.save_practice(practice=practice)
    drafts_notified = Notification.objects.count()

    practice_services.publish_practices(practices=Practice.objects.filter(pk=practice.pk))
    practice_services.publish_practices(practices=Practice.objects.filter(pk=practice.pk))

    notification = Notification.objects.get()
    assert drafts_notified == 0
    assert (notification.kind, notification.target, notification.subject) == (NEW_PRACTICE, organisation, practice)
    assert notification.message == "Нова практика от Сдружение „Заедно“: Социално предприятие"


def test_new_thread_in_a_followed_category_notifies_when_its_first_post_is_published(moderator):
    category = CategoryFactory(name_bg="Финансиране", name_en="Funding")
    follower = reader()
    follow(user=follower, target=category)
    newcomer = reader()

    thread = forum_services.create_thread(
        category=category, author=newcomer, title="Къде да търсим", body="Вижте https://example.org/"
    )
    held = Notification.objects.count()
    forum_services.approve_post(post=thread.posts.get(), moderator=moderator)

    notification = Notification.objects.get()
    assert held == 0
    assert (notification.recipient, notification.kind, notification.subject) == (follower, NEW_THREAD, thread)
    assert notification.url == thread.get_absolute_url()


def test_daily_digest_lists_changes_and_posts_by_followed_object():
    event = EventFactory(title_bg="Семинар в Бургас", title_en="Seminar in Burgas")
    follower = reader("en")
    forum_services.set_digest_frequency(user=follower, frequency=DigestFrequency.DAILY)
    follow(user=follower, target=event)
    event_services.update_session(
        session=Session(
            event=event,
            day=ProgrammeDayFactory(event=event),
            title_bg="Обучение",
            title_en="Training",
            start=event.start,
            end=event.end,
        )
    )

    sent = send_digest(user=follower)

    assert sent is True
    body = mail.outbox[0].body
    assert "== Seminar in Burgas ==" in body
    assert "New session in the programme of Seminar in Burgas: Training" in body


@pytest.mark.parametrize("size", [2, 8])
def test_notification_list_queries_flat_with_every_kind(client, django_assert_num_queries, size):
    follower = reader()
    for _ in range(size):
        event = EventFactory()
        follow(user=follower, target=event)
        event_services.update_session(session=SessionFactory.build(event=event, day=ProgrammeDayFactory(event=event)))
        organisation = OrganisationFactory()
        follow(user=follower, target=organisation)
        practice_services.save_practice(
            practice=Practice(
                title_bg="Практика", country="BG", source_organisation=organisation, status=PublicationStatus.PUBLISHED
            )
        )
        category = CategoryFactory()
        follow(user=follower, target=category)
        forum_services.create_thread(category=category, author=reader(), title="Тема", body="Текст")
    client.force_login(follower)
    # Content types are cached per process from then on, the personal part (core.personal) and the site settings
    # in the cache.
    client.get(reverse("forum:notification-list"))

    # count, notifications, followed (events, organisations, categories), subjects (sessions with their events,
    # practices, threads); the reader comes from the cache
    with django_assert_num_queries(8):
        response = client.get(reverse("forum:notification-list"))

    assert response.content.decode().count("forum-notification--unread") == 3 * size


@pytest.mark.parametrize(("language", "heading"), [("bg", "Какво следите"), ("en", "What you follow")])
def test_settings_list_what_one_follows_and_stop_following_from_there(client, language, heading):
    follower = reader()
    practice = PracticeFactory(title_bg="Подкрепено заетост", title_en="Supported employment")
    event = EventFactory(title_bg="Кръгла маса", title_en="Round table")
    follow(user=follower, target=practice)
    follow(user=follower, target=event)
    client.force_login(follower)
    settings_url = f"/{language}/forum/notifications/settings/"

    page = client.get(settings_url).content.decode()
    response = client.post(follow_url(event), {"follow": "0", "next": settings_url})
    after = client.get(settings_url).content.decode()

    assert heading in page
    assert practice.title in page and event.title in page
    assert response["Location"] == settings_url
    assert event.title not in after
    assert practice.title in after


def test_unsubscribe_link_stops_following_an_organisation(client):
    organisation = OrganisationFactory(name_bg="Фондация „Помощ“")
    follower = reader()
    follow(user=follower, target=organisation)
    url = reverse("forum:unsubscribe", kwargs={"token": make_unsubscribe_token(user=follower, target=organisation)})

    confirm = client.get(url).content.decode()
    still_following = is_following(follower, organisation)
    client.post(url)

    assert "Фондация „Помощ“" in confirm
    assert still_following is True
    # A later request's user: what one request read is remembered on its user object (core.personal).
    assert not is_following(get_user_model().objects.get(pk=follower.pk), organisation)


def test_follows_are_exported_and_erased_with_the_account(client):
    follower = reader("en")
    follow(user=follower, target=EventFactory(title_bg="Среща", title_en="Meeting"))
    follow(user=follower, target=OrganisationFactory(name_bg="Сдружение", name_en="Association"))
    follow(user=reader(), target=CategoryFactory())

    exported = export_personal_data(follower)["follows"]
    delete_account(user=follower)

    assert sorted(row["title"] for row in exported) == ["Сдружение", "Среща"]
    assert all(row["url"].startswith("http") for row in exported)
    assert Follow.objects.count() == 1


@pytest.mark.parametrize(
    ("language", "heading", "title"),
    [("bg", "Какво следите", "Заедно в Габрово"), ("en", "What you follow", "Together in Gabrovo")],
)
def test_profile_page_lists_what_one_follows(client, language, heading, title):
    follower = reader()
    film = FilmFactory(title_bg="Заедно в Габрово", title_en="Together in Gabrovo")
    follow(user=follower, target=film)
    client.force_login(follower)

    page = client.get(f"/{language}/profile/").content.decode()

    assert f"<h2>{heading}</h2>" in page
    assert f'<a href="/{language}/films/{film.slug}/">{title}</a>' in page
