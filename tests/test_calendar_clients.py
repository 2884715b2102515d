"""The iCalendar exports read the same by three independent parsers (icalendar, vobject, ics), summer time included:
the VTIMEZONE is written with yearly rules, as Google Calendar and tzurl.org write it."""

from datetime import UTC, datetime, timedelta
from io import StringIO

import icalendar
import ics
import pytest
import vobject
from django.core.management import call_command
from django.urls import reverse

from events.calendars import SOFIA
from events.models import Event
from tests.factories.events import EventFactory, ProgrammeDayFactory, SessionFactory, in_sofia

pytestmark = pytest.mark.django_db


def utc_starts(body):
    """{UID: UTC start} as each of the three parsers reads the calendar."""
    text = body.decode()
    # vobject keeps the first VTIMEZONE it reads for a TZID for the rest of the process: forget it, so each
    # calendar is read with its own definition whatever another test parsed before.
    vars(vobject.icalendar)["__tzidMap"].pop("Europe/Sofia", None)
    by_icalendar = {
        str(vevent["UID"]): vevent.decoded("DTSTART").astimezone(UTC)
        for vevent in icalendar.Calendar.from_ical(body).walk("VEVENT")
    }
    by_vobject = {
        vevent.uid.value: vevent.dtstart.value.astimezone(UTC) for vevent in vobject.readOne(text).vevent_list
    }
    by_ics = {event.uid: event.begin.datetime.astimezone(UTC) for event in ics.Calendar(text).events}
    return by_icalendar, by_vobject, by_ics


def assert_every_parser_reads(body, expected):
    by_icalendar, by_vobject, by_ics = utc_starts(body)
    assert by_icalendar == expected
    assert by_vobject == expected
    assert by_ics == expected


def session_starts(sessions):
    return {f"session-{session.pk}@127.0.0.1": session.start.astimezone(UTC) for session in sessions}


def event_across_both_changes():
    """Sessions on the Saturday before and the Sunday of the March change, and either side of October's."""
    event = EventFactory(start=in_sofia(2027, 3, 27, 9), end=in_sofia(2027, 11, 1, 18))
    for month, day, hour in [(3, 27, 10), (3, 28, 2), (3, 28, 10), (7, 1, 12), (10, 30, 23), (10, 31, 10), (11, 1, 9)]:
        date = in_sofia(2027, month, day).date()
        programme_day = event.days.filter(date=date).first() or ProgrammeDayFactory(event=event, date=date)
        SessionFactory(day=programme_day, start=in_sofia(2027, month, day, hour))
    return event


def test_programme_calendar_reads_the_same_in_three_parsers_across_summer_time(client):
    event = event_across_both_changes()

    body = client.get(reverse("events:event-ical", kwargs={"slug": event.slug})).content

    expected = session_starts(event.sessions.all())
    assert sorted(start.strftime("%m-%d %H:%M") for start in expected.values()) == [
        "03-27 08:00",  # 10:00 +02:00
        "03-28 00:00",  # 02:00 +02:00, an hour before the change
        "03-28 07:00",  # 10:00 +03:00
        "07-01 09:00",
        "10-30 20:00",
        "10-31 08:00",  # 10:00 +02:00, after the change
        "11-01 07:00",
    ]
    assert_every_parser_reads(body, expected)


def test_single_session_and_upcoming_calendars_read_the_same_in_three_parsers(client):
    event = event_across_both_changes()
    summer = event.sessions.get(start=in_sofia(2027, 7, 1, 12))

    session_body = client.get(reverse("events:session-ical", kwargs={"slug": event.slug, "pk": summer.pk})).content
    upcoming_body = client.get(reverse("events:upcoming-ical")).content

    assert_every_parser_reads(session_body, session_starts([summer]))
    assert_every_parser_reads(upcoming_body, {f"event-{event.pk}@127.0.0.1": event.start.astimezone(UTC)})


def test_vtimezone_has_yearly_rules_and_no_list_of_dates(client):
    event = event_across_both_changes()

    calendar = icalendar.Calendar.from_ical(
        client.get(reverse("events:event-ical", kwargs={"slug": event.slug})).content
    )

    [vtimezone] = calendar.walk("VTIMEZONE")
    rules = {
        observance.name: (
            observance["TZOFFSETFROM"].to_ical(),
            observance["TZOFFSETTO"].to_ical(),
            observance["RRULE"].to_ical(),
        )
        for observance in vtimezone.subcomponents
    }
    assert rules == {
        "DAYLIGHT": ("+0200", "+0300", b"FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3"),
        "STANDARD": ("+0300", "+0200", b"FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10"),
    }
    assert not any("RDATE" in observance for observance in vtimezone.subcomponents)


def test_vtimezone_rules_agree_with_the_time_zone_database_from_2018_to_2040(client):
    event = event_across_both_changes()
    calendar = icalendar.Calendar.from_ical(
        client.get(reverse("events:event-ical", kwargs={"slug": event.slug})).content
    )
    written = calendar.walk("VTIMEZONE")[0].to_tz()

    mismatches = []
    for year in range(2018, 2041):
        for month in (3, 10):
            moment = datetime(year, month, 20, tzinfo=UTC)
            while moment < datetime(year, month + 1, 2, tzinfo=UTC):
                if moment.astimezone(written).utcoffset() != moment.astimezone(SOFIA).utcoffset():
                    mismatches.append(moment)
                moment += timedelta(minutes=30)

    assert mismatches == []


def test_demo_programmes_read_the_same_in_three_parsers(client):
    call_command("load_demo", stdout=StringIO())
    events = list(Event.objects.public())
    summer_sessions = 0

    for event in events:
        body = client.get(reverse("events:event-ical", kwargs={"slug": event.slug})).content
        sessions = list(event.sessions.all())
        if sessions:
            assert_every_parser_reads(body, session_starts(sessions))
            summer_sessions += sum(1 for session in sessions if session.start.astimezone(SOFIA).dst())

    assert summer_sessions > 0
