"""iCalendar, JSON and frab schedule.xml renderings of events and programmes."""

import uuid
import xml.etree.ElementTree as ET
from datetime import timedelta
from zoneinfo import ZoneInfo

import icalendar
from django.conf import settings
from django.utils import timezone

from core.absolute import absolute_url, site_host

SOFIA = ZoneInfo(settings.TIME_ZONE)
# Fixed so that a session keeps its frab GUID across exports and servers.
GUID_NAMESPACE = uuid.UUID("6f1c2a3e-6d1b-4f7e-9a43-5b0c1e2d7a90")


def event_uid(event):
    return f"event-{event.pk}@{site_host()}"


def session_uid(session):
    return f"session-{session.pk}@{site_host()}"


def new_calendar(name):
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Social innovation portal//events//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    return calendar


def finish(calendar):
    """Add the VTIMEZONE definitions the events refer to and serialise."""
    calendar.add_missing_timezones()
    return calendar.to_ical()


def _vevent(*, uid, title, start, end, location, description, url, cancelled=False, stamp=None):
    vevent = icalendar.Event()
    vevent.add("uid", uid)
    vevent.add("summary", title)
    vevent.add("dtstart", timezone.localtime(start, SOFIA))
    vevent.add("dtend", timezone.localtime(end, SOFIA))
    vevent.add("dtstamp", stamp or timezone.now())
    if location:
        vevent.add("location", location)
    if description:
        vevent.add("description", description)
    vevent.add("url", url)
    vevent.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    return vevent


def event_vevent(event):
    return _vevent(
        uid=event_uid(event),
        title=event.title,
        start=event.start,
        end=event.end,
        location=event.location,
        description=event.summary,
        url=absolute_url(event),
        cancelled=event.is_cancelled,
        stamp=event.updated_at,
    )


def session_vevent(session):
    event = session.event
    location = ", ".join(part for part in (session.room.name if session.room else "", event.location) if part)
    people = ", ".join(role.person.name for role in session.roles.all())
    description = "\n\n".join(part for part in (event.title, people, session.description) if part)
    return _vevent(
        uid=session_uid(session),
        title=session.title,
        start=session.start,
        end=session.end,
        location=location,
        description=description,
        url=absolute_url(session),
        cancelled=session.is_cancelled or event.is_cancelled,
        stamp=event.updated_at,
    )


def events_ical(events, *, name):
    calendar = new_calendar(name)
    for event in events:
        calendar.add_component(event_vevent(event))
    return finish(calendar)


def sessions_ical(sessions, *, name):
    calendar = new_calendar(name)
    for session in sessions:
        calendar.add_component(session_vevent(session))
    return finish(calendar)


def _duration(start, end):
    minutes = int((end - start) / timedelta(minutes=1))
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def session_data(session):
    start = timezone.localtime(session.start, SOFIA)
    return {
        "id": session.pk,
        "guid": str(uuid.uuid5(GUID_NAMESPACE, session_uid(session))),
        "title": session.title,
        "kind": session.kind,
        "start": start.isoformat(),
        "end": timezone.localtime(session.end, SOFIA).isoformat(),
        "room": session.room.name if session.room else None,
        "parallel_group": session.parallel_group or None,
        "languages": [code for code in session.languages.split(",") if code],
        "interpretation": session.interpretation,
        "cancelled": session.is_cancelled,
        "description": session.description,
        "url": absolute_url(session),
        "people": [
            {
                "name": role.person.name,
                "role": role.role,
                "organisation": role.person.organisation.name if role.person.organisation else None,
                "url": absolute_url(role.person),
            }
            for role in session.roles.all()
        ],
    }


def programme_json(event, days, sessions):
    by_day = {day.pk: [] for day in days}
    for session in sessions:
        by_day.setdefault(session.day_id, []).append(session_data(session))
    return {
        "event": {
            "title": event.title,
            "slug": event.slug,
            "type": event.event_type,
            "start": timezone.localtime(event.start, SOFIA).isoformat(),
            "end": timezone.localtime(event.end, SOFIA).isoformat(),
            "time_zone": settings.TIME_ZONE,
            "location": event.location,
            "url": absolute_url(event),
            "status": event.status,
        },
        "days": [{"date": day.date.isoformat(), "title": day.title, "sessions": by_day[day.pk]} for day in days],
    }


def _text(parent, tag, value="", **attributes):
    element = ET.SubElement(parent, tag, {key: str(val) for key, val in attributes.items()})
    element.text = "" if value is None else str(value)
    return element


def programme_frab(event, days, rooms, sessions):
    """The programme as frab's schedule.xml, the format conference apps (Giggity, ConfClerk…) read."""
    schedule = ET.Element("schedule")
    _text(schedule, "version", timezone.localtime(event.updated_at, SOFIA).isoformat())
    conference = ET.SubElement(schedule, "conference")
    _text(conference, "acronym", event.slug)
    _text(conference, "title", event.title)
    _text(conference, "start", timezone.localtime(event.start, SOFIA).date().isoformat())
    _text(conference, "end", timezone.localtime(event.end, SOFIA).date().isoformat())
    _text(conference, "days", len(days))
    _text(conference, "timeslot_duration", "00:15")
    _text(conference, "time_zone_name", settings.TIME_ZONE)
    _text(conference, "base_url", absolute_url(event))
    plenary = str(event.venue_name or event.title)
    for index, day in enumerate(days, start=1):
        day_sessions = [session for session in sessions if session.day_id == day.pk]
        attributes = {"index": index, "date": day.date.isoformat()}
        if day_sessions:
            attributes["start"] = timezone.localtime(min(s.start for s in day_sessions), SOFIA).isoformat()
            attributes["end"] = timezone.localtime(max(s.end for s in day_sessions), SOFIA).isoformat()
        day_element = ET.SubElement(schedule, "day", {key: str(value) for key, value in attributes.items()})
        room_names = [room.name for room in rooms if any(s.room_id == room.pk for s in day_sessions)]
        if any(s.room_id is None for s in day_sessions):
            room_names.insert(0, plenary)
        for room_name in room_names:
            room_element = ET.SubElement(day_element, "room", {"name": room_name})
            for session in day_sessions:
                if (session.room.name if session.room else plenary) != room_name:
                    continue
                data = session_data(session)
                start = timezone.localtime(session.start, SOFIA)
                element = ET.SubElement(room_element, "event", {"id": str(session.pk), "guid": data["guid"]})
                _text(element, "date", start.isoformat())
                _text(element, "start", start.strftime("%H:%M"))
                _text(element, "duration", _duration(session.start, session.end))
                _text(element, "room", room_name)
                _text(element, "slug", f"{event.slug}-{session.pk}")
                _text(element, "url", data["url"])
                _text(element, "title", session.title)
                _text(element, "subtitle", session.parallel_group)
                _text(element, "track", session.parallel_group)
                _text(element, "type", session.kind)
                _text(element, "language", (data["languages"] or [""])[0])
                _text(element, "abstract", "")
                _text(element, "description", session.description)
                persons = ET.SubElement(element, "persons")
                for role in session.roles.all():
                    _text(persons, "person", role.person.name, id=role.person.pk)
                ET.SubElement(element, "links")
    ET.indent(schedule)
    return ET.tostring(schedule, encoding="utf-8", xml_declaration=True)
