"""The programme desk: the timetable with its conflicts, moving a session without JavaScript, undo."""

from datetime import timedelta

import pytest
from django.utils import timezone

from core import roles
from events.enums import EventStatus
from events.models import SessionDraft
from tests.factories.events import EventFactory, ProgrammeDayFactory, RoomFactory, SessionFactory
from tests.factories.portal import VerifiedUserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def event(organiser):
    nine = timezone.localtime(timezone.now() + timedelta(days=30)).replace(hour=9, minute=0, second=0, microsecond=0)
    event = EventFactory(status=EventStatus.PUBLISHED, start=nine, end=nine + timedelta(hours=9))
    event.organisers.add(organiser)
    ProgrammeDayFactory(event=event)
    return event


def at(event, hours):
    return event.start + timedelta(hours=hours)


def test_the_desk_shows_the_day_on_a_grid_of_rooms_and_names_conflicts(client, organiser, event):
    hall, garden = RoomFactory(event=event, name_bg="Зала"), RoomFactory(event=event, name_bg="Градина")
    day = event.days.get()
    SessionFactory(day=day, room=hall, title_bg="Откриване", start=at(event, 0), end=at(event, 1))
    SessionFactory(day=day, room=garden, title_bg="Работилница", start=at(event, 0), end=at(event, 2))
    SessionFactory(day=day, room=hall, title_bg="Панел", start=at(event, 0.5), end=at(event, 1.5))
    client.force_login(organiser)

    html = client.get(f"/bg/events/{event.slug}/desk/").content.decode()

    assert '<th scope="col">Зала</th>' in html and '<th scope="col">Градина</th>' in html
    assert 'rowspan="8" colspan="1"' in html  # the two-hour workshop covers eight quarter hours
    assert "Зала е заета два пъти едновременно: „Откриване“ (09:00–10:00) и „Панел“ (09:30–10:30)." in html
    assert html.count('<span class="desk-grid__flag">Конфликт</span>') == 1  # Панел is not placed on top of it


def test_only_the_events_organisers_and_moderators_open_the_desk(client, event, moderator):
    stranger = roles.assign_role(user=VerifiedUserFactory(), role=roles.ORGANISER)
    for user, status in ((stranger, 403), (moderator, 200)):
        client.force_login(user)
        assert client.get(f"/en/events/{event.slug}/desk/").status_code == status


def test_moving_a_session_logs_the_change_and_can_be_undone(client, organiser, event):
    hall, garden = RoomFactory(event=event, name_en="Hall"), RoomFactory(event=event, name_en="Garden")
    session = SessionFactory(day=event.days.get(), room=hall, title_en="Panel", start=at(event, 0), end=at(event, 1))
    client.force_login(organiser)
    place = {"day": session.day_id, "start": "", "end": ""}
    start = timezone.localtime(session.start)
    place.update(start=start.strftime("%Y-%m-%dT%H:%M"), end=(start + timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M"))

    moved = client.post(f"/en/events/{event.slug}/desk/sessions/{session.pk}/", {**place, "room": garden.pk})
    desk = client.get(moved["Location"]).content.decode()
    undone = client.post(f"/en/events/{event.slug}/desk/sessions/{session.pk}/", {**place, "room": hall.pk})

    session.refresh_from_db()
    assert moved["Location"] == f"/en/events/{event.slug}/desk/{session.day_id}/"
    assert "Last change: “Panel” was moved." in desk
    assert undone.status_code == 302 and session.room == hall
    # A published programme: the move was a draft, and undoing it left nothing to publish or log.
    assert not SessionDraft.objects.exists() and event.changes.count() == 0


def test_moving_a_session_of_a_programme_not_yet_published_logs_nothing(client, organiser, event):
    event.status = EventStatus.DRAFT
    event.save()
    hall, garden = RoomFactory(event=event, name_en="Hall"), RoomFactory(event=event, name_en="Garden")
    session = SessionFactory(day=event.days.get(), room=hall, start=at(event, 0), end=at(event, 1))
    client.force_login(organiser)
    start = timezone.localtime(session.start)
    place = {"day": session.day_id, "room": garden.pk, "start": start.strftime("%Y-%m-%dT%H:%M")}
    place["end"] = (start + timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M")

    client.post(f"/en/events/{event.slug}/desk/sessions/{session.pk}/", place)

    session.refresh_from_db()
    assert session.room == garden and event.changes.count() == 0


def test_a_move_into_a_taken_room_is_refused_and_the_form_keeps_what_was_typed(client, organiser, event):
    hall = RoomFactory(event=event, name_bg="Зала")
    day = event.days.get()
    SessionFactory(day=day, room=hall, title_bg="Откриване", start=at(event, 0), end=at(event, 1))
    later = SessionFactory(day=day, room=hall, title_bg="Панел", start=at(event, 2), end=at(event, 3))
    client.force_login(organiser)
    start = timezone.localtime(at(event, 0)).strftime("%Y-%m-%dT%H:%M")
    end = timezone.localtime(at(event, 1)).strftime("%Y-%m-%dT%H:%M")

    response = client.post(
        f"/bg/events/{event.slug}/desk/sessions/{later.pk}/",
        {"day": day.pk, "room": hall.pk, "start": start, "end": end},
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert "Зала е заета по това време от „Откриване“ (09:00–10:00)." in html
    assert f'value="{start}"' in html
    later.refresh_from_db()
    assert later.start == at(event, 2)
