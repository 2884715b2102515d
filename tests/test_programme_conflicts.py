"""Conflicts in a programme: a room taken twice is refused, even among sessions sent together; people in two places,
sessions outside their day and group work with nobody to lead it are warnings."""

from datetime import time, timedelta

import pytest
from django.forms import inlineformset_factory
from django.urls import reverse
from django.utils import timezone, translation

from events.admin import SessionFormSet
from events.conflicts import programme_conflicts
from events.enums import EventStatus, RoleKind, SessionKind
from events.models import Event, Session
from tests.factories.events import (
    EventFactory,
    PersonFactory,
    ProgrammeDayFactory,
    RoomFactory,
    SessionFactory,
    SessionRoleFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def event(organiser):
    nine = timezone.localtime(timezone.now() + timedelta(days=30)).replace(hour=9, minute=0, second=0, microsecond=0)
    event = EventFactory(status=EventStatus.DRAFT, start=nine)
    event.end = event.start + timedelta(hours=9)
    event.save()
    event.organisers.add(organiser)
    return event


def session(event, *, room=None, at=0, hours=1, **fields):
    day = event.days.first() or ProgrammeDayFactory(event=event)
    start = event.start + timedelta(hours=at)
    return SessionFactory(day=day, room=room, start=start, end=start + timedelta(hours=hours), **fields)


def kinds(event):
    with translation.override("en"):
        return [(conflict.kind, conflict.severity, conflict.message) for conflict in programme_conflicts(event)]


def test_a_room_taken_twice_at_once_is_an_error(event):
    hall = RoomFactory(event=event, name_en="Hall A")
    session(event, room=hall, at=0, hours=2, title_en="Opening")
    session(event, room=hall, at=1, hours=2, title_en="Workshop")  # saved past the form's check, as by an import

    assert kinds(event) == [
        ("room", "error", "Hall A is taken twice at once: “Opening” (09:00–11:00) and “Workshop” (10:00–12:00).")
    ]


def test_back_to_back_sessions_and_cancelled_ones_are_no_conflict(event):
    hall = RoomFactory(event=event)
    session(event, room=hall, at=0)
    session(event, room=hall, at=1)
    session(event, room=hall, at=0, is_cancelled=True)

    assert kinds(event) == []


def test_a_person_in_two_rooms_at_once_is_a_warning(event):
    speaker = PersonFactory(name_en="Hermina Emiryan")
    first = session(event, room=RoomFactory(event=event), at=0, title_en="Panel")
    second = session(event, room=RoomFactory(event=event), at=0, title_en="Workshop")
    later = session(event, room=RoomFactory(event=event), at=2, title_en="Closing")
    for talk in (first, second, later):
        SessionRoleFactory(session=talk, person=speaker)

    assert kinds(event) == [
        ("person", "warning", "Hermina Emiryan is in two places at once: “Panel” and “Workshop” (09:00–10:00).")
    ]


def test_a_session_running_past_its_day_or_the_event_is_a_warning(event):
    session(event, at=8, hours=2, title_en="Late dinner")

    assert kinds(event) == [
        ("outside", "warning", "“Late dinner” (17:00–19:00) does not fit its day or the event's dates.")
    ]


def test_a_session_longer_than_its_rooms_booking_is_a_warning(event):
    library = RoomFactory(event=event, name_en="Library", booked_from=time(10), booked_until=time(13))
    open_all_day = RoomFactory(event=event, name_en="Hall")
    session(event, room=library, at=1, hours=3, title_en="Reading")  # 10:00–13:00, just inside
    session(event, room=library, at=4, hours=1, title_en="Long talk")  # 13:00–14:00
    session(event, room=library, at=0, hours=1, title_en="Early")  # 09:00–10:00
    session(event, room=open_all_day, at=0, hours=8, title_en="Marathon")

    assert kinds(event) == [
        ("booking", "warning", "“Early” (09:00–10:00) runs outside the booking of Library (10:00–13:00)."),
        ("booking", "warning", "“Long talk” (13:00–14:00) runs outside the booking of Library (10:00–13:00)."),
    ]


def test_a_room_booked_only_until_an_hour_warns_of_what_runs_later(event):
    garden = RoomFactory(event=event, name_en="Garden", name_bg="Градина", booked_until=time(12))
    session(event, room=garden, at=2, hours=2, title_en="Picnic", title_bg="Пикник")

    assert kinds(event) == [
        ("booking", "warning", "“Picnic” (11:00–13:00) runs outside the booking of Garden (…–12:00).")
    ]
    with translation.override("bg"):
        assert [conflict.message for conflict in programme_conflicts(event)] == [
            "„Пикник“ (11:00–13:00) излиза извън резервацията на Градина (…–12:00)."
        ]


def test_group_work_needs_someone_to_lead_it(event):
    led = session(event, at=0, kind=SessionKind.WORKSHOP, parallel_group="Група 1", title_en="Group work 1")
    session(event, at=0, kind=SessionKind.WORKSHOP, parallel_group="Група 2", title_en="Group work 2")
    SessionRoleFactory(session=led, role=RoleKind.FACILITATOR)

    assert kinds(event) == [
        ("no-facilitator", "warning", "“Group work 2” (Група 2) has no facilitator, trainer or moderator.")
    ]


def session_forms(event, rows):
    fields = ["day", "room", "kind", "title", "start", "end", "languages"]
    data = {"sessions-TOTAL_FORMS": str(len(rows)), "sessions-INITIAL_FORMS": "0"}
    for number, (title, room, at) in enumerate(rows):
        start = timezone.localtime(event.start + timedelta(hours=at))
        data.update(
            {
                f"sessions-{number}-day": event.days.first().pk,
                f"sessions-{number}-room": room.pk,
                f"sessions-{number}-kind": SessionKind.WORKSHOP,
                f"sessions-{number}-title": title,
                f"sessions-{number}-start": start.strftime("%Y-%m-%d %H:%M"),
                f"sessions-{number}-end": (start + timedelta(hours=1)).strftime("%Y-%m-%d %H:%M"),
                f"sessions-{number}-languages": "bg",
            }
        )
    formset_class = inlineformset_factory(Event, Session, formset=SessionFormSet, fields=fields, extra=0)
    return formset_class(data, instance=event, prefix="sessions")


def test_two_new_sessions_in_one_room_at_once_are_refused_before_either_is_saved(event):
    ProgrammeDayFactory(event=event)
    hall = RoomFactory(event=event, name_en="Hall A")

    with translation.override("en"):
        formset = session_forms(event, [("Group 1", hall, 0), ("Group 2", hall, 0)])
        valid = formset.is_valid()

    assert not valid
    assert formset.non_form_errors() == [
        "Hall A is taken twice at once: “Group 1” (09:00–10:00) and “Group 2” (09:00–10:00)."
    ]
    assert not event.sessions.exists()


def test_new_sessions_in_different_rooms_pass(event):
    ProgrammeDayFactory(event=event)

    formset = session_forms(event, [("Group 1", RoomFactory(event=event), 0), ("Group 2", RoomFactory(event=event), 0)])

    assert formset.is_valid()


def test_the_event_form_lists_the_programmes_warnings_for_its_organiser(client, organiser, event):
    session(event, at=0, kind=SessionKind.WORKSHOP, parallel_group="Група 1", title_en="Group work")
    client.force_login(organiser)

    html = client.get(reverse("admin:events_event_change", args=[event.pk]), HTTP_ACCEPT_LANGUAGE="bg").content.decode()

    assert "Конфликти в програмата" in html
    assert "няма фасилитатор, обучител или модератор" in html
