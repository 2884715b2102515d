"""Anonymous event pages come from the page cache until a write retires them; signed-in visitors never get them."""

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from events import services
from forum import services as forum_services
from tests.factories.events import (
    EventFactory,
    ProgrammeDayFactory,
    RegistrationFactory,
    SessionFactory,
    SessionRoleFactory,
)
from tests.factories.portal import VerifiedUserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def event():
    return EventFactory(title_bg="Кеширана конференция")


@pytest.fixture
def session(event):
    return SessionFactory(day=ProgrammeDayFactory(event=event), title_bg="Кеширана сесия")


PAGES = {
    "list": lambda session: reverse("events:event-list"),
    "archive": lambda session: reverse("events:event-archive"),
    "calendar": lambda session: reverse("events:event-calendar") + "?month=2027-05",
    "detail": lambda session: session.event.get_absolute_url(),
    "programme": lambda session: reverse("events:event-programme", kwargs={"slug": session.event.slug}),
    "session": lambda session: session.get_absolute_url(),
    "person": lambda session: session.roles.get().person.get_absolute_url(),
    "change log": lambda session: reverse("events:change-log", kwargs={"slug": session.event.slug}),
}


@pytest.mark.parametrize("page", PAGES)
def test_event_page_second_anonymous_request_served_from_cache(client, django_assert_num_queries, session, page):
    SessionRoleFactory(session=session)
    url = PAGES[page](session)
    first = client.get(url)

    with django_assert_num_queries(0):
        second = client.get(url)

    assert first.status_code == 200
    assert second.content == first.content


def test_update_session_retires_cached_programme(client, session, django_capture_on_commit_callbacks):
    url = reverse("events:event-programme", kwargs={"slug": session.event.slug})
    client.get(url)

    with django_capture_on_commit_callbacks(execute=True):
        services.update_session(session=session, title_bg="Преименувана сесия")

    assert "Преименувана сесия" in client.get(url).content.decode()


def test_publish_event_retires_cached_list(client, django_capture_on_commit_callbacks):
    draft = EventFactory(title_bg="Чернова на събитие", status="draft")
    client.get(reverse("events:event-list"))

    with django_capture_on_commit_callbacks(execute=True):
        services.publish_event(event=draft)

    assert "Чернова на събитие" in client.get(reverse("events:event-list")).content.decode()


def test_cancel_event_retires_cached_detail(client, event, django_capture_on_commit_callbacks):
    client.get(event.get_absolute_url())

    with django_capture_on_commit_callbacks(execute=True):
        services.cancel_event(event=event)

    assert "Това събитие е отменено." in client.get(event.get_absolute_url()).content.decode()


def test_admin_session_change_retires_cached_programme(moderator_client, session, django_capture_on_commit_callbacks):
    anonymous = Client()
    url = reverse("events:event-programme", kwargs={"slug": session.event.slug})
    anonymous.get(url)
    start = timezone.localtime(session.start)
    end = timezone.localtime(session.end)
    data = {
        "event": session.event_id,
        "day": session.day_id,
        "kind": "talk",
        "title_bg": "Сесия от админа",
        "title_en": session.title_en,
        "languages": "bg",
        "start_0": start.strftime("%Y-%m-%d"),
        "start_1": start.strftime("%H:%M"),
        "end_0": end.strftime("%Y-%m-%d"),
        "end_1": end.strftime("%H:%M"),
    }
    for prefix in ("roles", "materials"):
        data.update({f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0"})

    with django_capture_on_commit_callbacks(execute=True):
        response = moderator_client.post(reverse("admin:events_session_change", args=[session.pk]), data)

    assert response.status_code == 302
    assert "Сесия от админа" in anonymous.get(url).content.decode()


def test_admin_event_delete_retires_cached_list(moderator_client, event, django_capture_on_commit_callbacks):
    anonymous = Client()
    assert "Кеширана конференция" in anonymous.get(reverse("events:event-list")).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        moderator_client.post(reverse("admin:events_event_delete", args=[event.pk]), {"post": "yes"})

    assert "Кеширана конференция" not in anonymous.get(reverse("events:event-list")).content.decode()


def test_admin_publish_action_retires_cached_list(moderator_client, django_capture_on_commit_callbacks):
    draft = EventFactory(title_bg="Публикувана от админа", status="draft")
    anonymous = Client()
    anonymous.get(reverse("events:event-list"))

    with django_capture_on_commit_callbacks(execute=True):
        moderator_client.post(
            reverse("admin:events_event_changelist"), {"action": "publish", "_selected_action": [draft.pk]}
        )

    assert "Публикувана от админа" in anonymous.get(reverse("events:event-list")).content.decode()


def test_comment_on_event_retires_cached_detail(client, event, django_capture_on_commit_callbacks):
    client.get(event.get_absolute_url())

    with django_capture_on_commit_callbacks(execute=True):
        forum_services.create_post(
            discussion=forum_services.open_discussion(content_object=event),
            author=VerifiedUserFactory(),
            body="Нов коментар под събитието",
        )

    assert "Нов коментар под събитието" in client.get(event.get_absolute_url()).content.decode()


def test_signed_in_participant_never_gets_cached_page(client):
    event = EventFactory(is_online=True, online_url="https://meet.example.org/secret-room")
    participant = RegistrationFactory(event=event, user=VerifiedUserFactory()).user
    anonymous_page = client.get(event.get_absolute_url()).content.decode()
    client.force_login(participant)

    signed_in_page = client.get(event.get_absolute_url()).content.decode()

    assert "secret-room" not in anonymous_page
    assert "secret-room" in signed_in_page
    assert "Регистрирани сте за това събитие." in signed_in_page
    client.logout()
    assert "secret-room" not in client.get(event.get_absolute_url()).content.decode()
