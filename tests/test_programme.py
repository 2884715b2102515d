from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from events import services
from events.enums import ChangeKind, EventStatus, RoleKind, SessionKind
from events.models import ProgrammeChange, StarredSession
from tests.factories.events import (
    EventFactory,
    PersonFactory,
    ProgrammeDayFactory,
    RoomFactory,
    SessionFactory,
    SessionRoleFactory,
    in_sofia,
)
from tests.factories.portal import UserFactory

pytestmark = pytest.mark.django_db


def programme_url(event):
    return reverse("events:event-programme", kwargs={"slug": event.slug})


def conference(**kwargs):
    event = EventFactory(start=in_sofia(2027, 3, 10, 9), end=in_sofia(2027, 3, 11, 17), **kwargs)
    day = ProgrammeDayFactory(event=event)
    return event, day


def test_session_overlapping_in_same_room_is_refused_with_message():
    event, day = conference()
    room = RoomFactory(event=event, name_bg="Зала А", name_en="Hall A")
    SessionFactory(
        day=day, room=room, title_bg="Откриване", start=in_sofia(2027, 3, 10, 9), end=in_sofia(2027, 3, 10, 10)
    )
    clash = SessionFactory.build(
        day=day, event=event, room=room, start=in_sofia(2027, 3, 10, 9, 30), end=in_sofia(2027, 3, 10, 11)
    )

    with pytest.raises(ValidationError) as error:
        clash.full_clean()

    assert "Откриване" in str(error.value.message_dict["start"])
    assert "09:00–10:00" in str(error.value.message_dict["start"])


def test_session_overlapping_in_other_room_or_touching_is_allowed():
    event, day = conference()
    hall, studio = RoomFactory(event=event), RoomFactory(event=event)
    SessionFactory(day=day, room=hall, start=in_sofia(2027, 3, 10, 9), end=in_sofia(2027, 3, 10, 10))
    parallel = SessionFactory.build(
        day=day, event=event, room=studio, start=in_sofia(2027, 3, 10, 9), end=in_sofia(2027, 3, 10, 10)
    )
    next_one = SessionFactory.build(
        day=day, event=event, room=hall, start=in_sofia(2027, 3, 10, 10), end=in_sofia(2027, 3, 10, 11)
    )

    parallel.full_clean()
    next_one.full_clean()


def test_session_on_other_date_than_its_day_is_refused():
    event, day = conference()
    session = SessionFactory.build(day=day, event=event, start=in_sofia(2027, 3, 11, 9), end=in_sofia(2027, 3, 11, 10))

    with pytest.raises(ValidationError) as error:
        session.full_clean()

    assert "start" in error.value.message_dict


def test_programme_lists_sessions_in_time_order_with_anchors(client):
    event, day = conference()
    late = SessionFactory(
        day=day, title_bg="Следобедна работилница", start=in_sofia(2027, 3, 10, 14), end=in_sofia(2027, 3, 10, 16)
    )
    early = SessionFactory(day=day, title_bg="Откриване", start=in_sofia(2027, 3, 10, 9), end=in_sofia(2027, 3, 10, 10))

    content = client.get(programme_url(event)).content.decode()

    assert content.index("Откриване") < content.index("Следобедна работилница")
    assert f'id="session-{early.pk}"' in content and f'id="session-{late.pk}"' in content
    assert early.get_absolute_url() in content


def test_programme_rooms_become_columns_and_plenary_spans_all(client):
    event, day = conference()
    group_1 = RoomFactory(event=event, position=1)
    group_2 = RoomFactory(event=event, position=2)
    SessionFactory(
        day=day, room=None, kind=SessionKind.TALK, start=in_sofia(2027, 3, 10, 9), end=in_sofia(2027, 3, 10, 10)
    )
    SessionFactory(
        day=day,
        room=group_1,
        parallel_group_bg="Група 1: институции",
        start=in_sofia(2027, 3, 10, 10),
        end=in_sofia(2027, 3, 10, 12),
    )
    SessionFactory(
        day=day,
        room=group_2,
        parallel_group_bg="Група 2: НПО",
        start=in_sofia(2027, 3, 10, 10),
        end=in_sofia(2027, 3, 10, 12),
    )

    content = client.get(programme_url(event)).content.decode()

    assert "timetable--cols-2" in content
    assert content.count("session--all") == 1
    assert "session--col-1" in content and "session--col-2" in content
    assert "Група 1: институции" in content and "Група 2: НПО" in content


def test_programme_times_correct_across_daylight_saving_change(client):
    # Summer time in Sofia starts on 28 March 2027 at 03:00 (UTC+2 → UTC+3).
    event = EventFactory(start=in_sofia(2027, 3, 27, 9), end=in_sofia(2027, 3, 28, 18))
    saturday = ProgrammeDayFactory(event=event)
    sunday = ProgrammeDayFactory(event=event, date=in_sofia(2027, 3, 28).date())
    before = SessionFactory(
        day=saturday, title_bg="Събота", start=in_sofia(2027, 3, 27, 10), end=in_sofia(2027, 3, 27, 11)
    )
    after = SessionFactory(
        day=sunday, title_bg="Неделя", start=in_sofia(2027, 3, 28, 10), end=in_sofia(2027, 3, 28, 11)
    )

    content = client.get(programme_url(event)).content.decode()

    assert before.start.utcoffset() == timedelta(hours=2)
    assert after.start.utcoffset() == timedelta(hours=3)
    assert timezone.localtime(before.start).hour == timezone.localtime(after.start).hour == 10
    assert content.count("10:00–11:00") == 2
    assert 'datetime="2027-03-28T10:00:00+03:00"' in content
    assert 'datetime="2027-03-27T10:00:00+02:00"' in content


def test_programme_filters_by_language_room_and_role(client):
    event, day = conference()
    hall = RoomFactory(event=event)
    english = SessionFactory(
        day=day,
        room=hall,
        languages="en",
        title_bg="Английска",
        start=in_sofia(2027, 3, 10, 9),
        end=in_sofia(2027, 3, 10, 10),
    )
    bulgarian = SessionFactory(
        day=day, languages="bg", title_bg="Българска", start=in_sofia(2027, 3, 10, 11), end=in_sofia(2027, 3, 10, 12)
    )
    SessionRoleFactory(session=bulgarian, role=RoleKind.MODERATOR)
    SessionRoleFactory(session=english, role=RoleKind.SPEAKER)
    url = programme_url(event)

    by_language = client.get(url, {"language": "en"}).content.decode()
    by_room = client.get(url, {"room": hall.pk}).content.decode()
    by_role = client.get(url, {"role": "moderator"}).content.decode()

    assert "Английска" in by_language and "Българска" not in by_language
    assert "Английска" in by_room and "Българска" not in by_room
    assert "Българска" in by_role and "Английска" not in by_role


def test_programme_links_people_to_their_pages(client):
    event, day = conference()
    person = PersonFactory(name_bg="Хермина Емирян", slug="hermina-emiryan")
    SessionRoleFactory(session=SessionFactory(day=day), person=person, role=RoleKind.MODERATOR)

    content = client.get(programme_url(event)).content.decode()

    assert 'href="/bg/events/people/hermina-emiryan/"' in content
    assert f'href="{person.organisation.get_absolute_url()}"' in content
    assert "Хермина Емирян" in content


def test_programme_of_draft_is_hidden(client):
    event, day = conference(status=EventStatus.DRAFT)
    SessionFactory(day=day)

    assert client.get(programme_url(event)).status_code == 404


def build_programme(sessions, *, rooms=4, people_per_session=2):
    event = EventFactory(start=in_sofia(2027, 5, 3, 8), end=in_sofia(2027, 5, 7, 20))
    room_list = [RoomFactory(event=event) for _ in range(rooms)]
    days = [ProgrammeDayFactory(event=event, date=in_sofia(2027, 5, 3 + index).date()) for index in range(5)]
    for index in range(sessions):
        day = days[index % 5]
        slot = index // 5 // rooms
        start = in_sofia(2027, 5, day.date.day, 8) + timedelta(minutes=30 * slot)
        session = SessionFactory(
            day=day, room=room_list[(index // 5) % rooms], start=start, end=start + timedelta(minutes=30)
        )
        for _ in range(people_per_session):
            SessionRoleFactory(session=session)
    return event


@pytest.mark.parametrize("sessions", [10, 100])
@pytest.mark.parametrize(("signed_in", "cold", "warm"), [(True, 8, 1), (False, 6, 0)])
def test_programme_query_count_flat(client, django_assert_num_queries, sessions, signed_in, cold, warm):
    event = build_programme(sessions)
    if signed_in:
        client.force_login(UserFactory())

    # signed in: the event (the reader with their profile from the cache); cold also the reader, one query for what
    # core.personal keeps (their stars, the permissions held, the unread count, …), the site settings and the grid's
    # rooms, days, sessions and their people. Anonymous: the whole page from the cache.
    with django_assert_num_queries(cold):
        response = client.get(programme_url(event))
    with django_assert_num_queries(warm):
        again = client.get(programme_url(event))

    assert response.content.decode().count('class="session ') == sessions
    assert again.content.decode().count('class="session ') == sessions


@pytest.mark.parametrize("people", [1, 8])
def test_session_detail_query_count_flat(client, django_assert_num_queries, people):
    event, day = conference()
    session = SessionFactory(day=day)
    for _ in range(people):
        SessionRoleFactory(session=session)

    with django_assert_num_queries(8):
        response = client.get(session.get_absolute_url())

    assert response.context["session"] == session


@pytest.mark.parametrize("sessions", [1, 6])
def test_person_detail_query_count_flat(client, django_assert_num_queries, sessions):
    person = PersonFactory()
    for _ in range(sessions):
        SessionRoleFactory(person=person)

    with django_assert_num_queries(3):
        response = client.get(person.get_absolute_url())

    assert len(response.context["person"].public_roles) == sessions


def test_person_page_hides_sessions_of_draft_events(client):
    person = PersonFactory()
    SessionRoleFactory(person=person, session__title_bg="Публична сесия")
    SessionRoleFactory(person=person, session__title_bg="Скрита сесия", session__day__event__status=EventStatus.DRAFT)

    content = client.get(person.get_absolute_url()).content.decode()

    assert "Публична сесия" in content and "Скрита сесия" not in content


def test_star_toggle_without_javascript_redirects_and_stores(client):
    event, day = conference()
    session = SessionFactory(day=day)
    user = UserFactory()
    client.force_login(user)
    url = reverse("events:session-star", kwargs={"slug": event.slug, "pk": session.pk})

    first = client.post(url, {"next": programme_url(event) + f"#{session.anchor}"})
    assert first.url == programme_url(event) + f"#{session.anchor}"
    assert StarredSession.objects.filter(user=user, session=session).exists()

    second = client.post(url, {"next": "https://evil.example/"}, headers={"Accept": "application/json"})
    assert second.json() == {"starred": False}
    assert not StarredSession.objects.filter(user=user, session=session).exists()


def test_star_requires_sign_in(client):
    event, day = conference()
    session = SessionFactory(day=day)

    client.post(reverse("events:session-star", kwargs={"slug": event.slug, "pk": session.pk}))

    assert StarredSession.objects.count() == 0


def test_update_session_on_published_event_logs_time_and_room_change():
    event, day = conference()
    hall, studio = (
        RoomFactory(event=event, name_bg="Зала 1", name_en="Hall 1"),
        RoomFactory(event=event, name_bg="Зала 2", name_en="Hall 2"),
    )
    session = SessionFactory(
        day=day,
        room=hall,
        title_bg="Работилница",
        title_en="Workshop",
        start=in_sofia(2027, 3, 10, 9),
        end=in_sofia(2027, 3, 10, 10),
    )

    services.update_session(
        session=session, room=studio, start=in_sofia(2027, 3, 10, 11), end=in_sofia(2027, 3, 10, 12)
    )

    changes = {change.kind: change for change in ProgrammeChange.objects.filter(event=event)}
    assert set(changes) == {ChangeKind.RESCHEDULED, ChangeKind.MOVED}
    assert "11:00" in changes[ChangeKind.RESCHEDULED].description_bg
    assert changes[ChangeKind.MOVED].description_en == "“Workshop” moves to Hall 2."


def test_update_session_on_draft_event_logs_nothing():
    event, day = conference(status=EventStatus.DRAFT)
    session = SessionFactory(day=day)

    services.update_session(session=session, is_cancelled=True)

    assert ProgrammeChange.objects.count() == 0


def test_change_log_page_and_atom_feed_list_cancellation(client):
    event, day = conference()
    session = SessionFactory(day=day, title_en="Social media and social innovation", title_bg="Социална медия")
    services.update_session(session=session, is_cancelled=True)

    log = client.get(f"/en/events/{event.slug}/changes/").content.decode()
    feed = client.get(f"/en/events/{event.slug}/changes/feed/")

    assert "“Social media and social innovation” is cancelled." in log
    assert feed["Content-Type"].startswith("application/atom+xml")
    assert "<feed" in feed.content.decode() and "is cancelled" in feed.content.decode()


@pytest.mark.parametrize(("language", "title"), [("bg", "Трансфер и адаптация"), ("en", "Transfer and adaptation")])
def test_programme_both_languages_with_print_stylesheet(client, language, title):
    event, day = conference()
    SessionFactory(day=day, title_bg="Трансфер и адаптация", title_en="Transfer and adaptation")

    content = client.get(f"/{language}/events/{event.slug}/programme/").content.decode()

    assert title in content
    assert 'href="/static/css/events-print.css" media="print"' in content


def test_programme_of_cancelled_event_shows_banner_and_stays_visible(client):
    event, day = conference(status=EventStatus.CANCELLED)
    SessionFactory(day=day, title_bg="Откриване")

    content = client.get(programme_url(event)).content.decode()

    assert 'class="banner"' in content and "Откриване" in content
