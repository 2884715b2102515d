"""The programme in the two formats conference apps read: frab's schedule.xml and c3voc's schedule.json.

Both follow the schemas published by the c3voc (tests/data/c3voc/): the XML validates against schedule.xml.xsd,
the JSON against schema.json. Apps such as Giggity, EventFahrplan and ConfClerk show the talks of each room, so
breaks are left out (they span every room and are no talk), and a session without a room is a plenary session
held in the venue's main room.
"""

import re
import uuid
import xml.etree.ElementTree as ET
from datetime import datetime, time, timedelta

from django.conf import settings
from django.utils import timezone

from core.absolute import absolute_url
from core.slugs import slug_from_title
from events.calendars import SOFIA, session_data
from events.enums import SessionKind

GENERATOR = "Social innovation portal"
JSON_SCHEMA_ID = "https://c3voc.de/schedule/schema.json"
# Room guids are fixed per room (and per event for the plenary room) so that apps keep their room columns.
ROOM_NAMESPACE = uuid.UUID("0b7e6c52-35a4-4c36-9a8e-2f4f7f3d1c11")


def acronym(event):
    """The event's slug in the shape both schemas accept: lowercase letters, digits and "_", at least four."""
    return re.sub(r"[^a-z0-9_]", "_", event.slug.lower()).ljust(4, "_")


def session_slug(session, event_acronym):
    """`<acronym>-<id>-<title>`, the c3voc slug shape; the Bulgarian title keeps it the same in every language."""
    title = slug_from_title(session.title_bg or session.title_en or "", max_length=60)
    rest = "-".join(part for part in (str(session.pk), title) if part)
    if len(rest) < 4:
        rest = f"session-{session.pk}"
    return f"{event_acronym}-{rest}"


def _duration(start, end):
    minutes = int((end - start) / timedelta(minutes=1))
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _day_bounds(day, sessions):
    """From the first session's start to the last one's end; a day without talks is the whole day."""
    if sessions:
        return (
            timezone.localtime(min(s.start for s in sessions), SOFIA),
            timezone.localtime(max(s.end for s in sessions), SOFIA),
        )
    midnight = datetime.combine(day.date, time(0), SOFIA)
    return midnight, datetime.combine(day.date + timedelta(days=1), time(0), SOFIA)


def schedule_days(event, days, rooms, sessions):
    """Each day with its index, bounds and rooms in timetable order, each room with its talks.

    Returns a list of dicts {"index", "day", "start", "end", "rooms": [(room_name, room_guid, [session, …])]}.
    """
    plenary = str(event.venue_name or event.title)
    talks = [session for session in sessions if session.kind != SessionKind.BREAK]
    result = []
    for index, day in enumerate(days, start=1):
        day_talks = [session for session in talks if session.day_id == day.pk]
        columns = []
        if any(session.room_id is None for session in day_talks):
            columns.append((plenary, plenary_guid(event), [s for s in day_talks if s.room_id is None]))
        for room in rooms:
            in_room = [session for session in day_talks if session.room_id == room.pk]
            if in_room:
                columns.append((room.name, room_guid(room), in_room))
        start, end = _day_bounds(day, day_talks)
        result.append({"index": index, "day": day, "start": start, "end": end, "rooms": columns})
    return result


def room_guid(room):
    return str(uuid.uuid5(ROOM_NAMESPACE, f"room-{room.pk}"))


def plenary_guid(event):
    return str(uuid.uuid5(ROOM_NAMESPACE, f"event-{event.pk}-plenary"))


def _text(parent, tag, value="", **attributes):
    element = ET.SubElement(parent, tag, {key: str(val) for key, val in attributes.items()})
    element.text = "" if value is None else str(value)
    return element


def programme_frab(event, days, rooms, sessions):
    """The programme as frab's schedule.xml, the format conference apps (Giggity, ConfClerk…) read."""
    event_acronym = acronym(event)
    schedule = ET.Element("schedule")
    ET.SubElement(schedule, "generator", {"name": GENERATOR})
    _text(schedule, "url", absolute_url(f"{event.get_absolute_url()}schedule.xml"))
    _text(schedule, "version", timezone.localtime(event.updated_at, SOFIA).isoformat())
    conference = ET.SubElement(schedule, "conference")
    _text(conference, "acronym", event_acronym)
    _text(conference, "title", event.title)
    _text(conference, "start", timezone.localtime(event.start, SOFIA).date().isoformat())
    _text(conference, "end", timezone.localtime(event.end, SOFIA).date().isoformat())
    _text(conference, "days", len(days))
    _text(conference, "timeslot_duration", "00:15")
    _text(conference, "time_zone_name", settings.TIME_ZONE)
    _text(conference, "base_url", absolute_url(event))
    for entry in schedule_days(event, days, rooms, sessions):
        day_element = _text(
            schedule,
            "day",
            None,
            index=entry["index"],
            date=entry["day"].date.isoformat(),
            start=entry["start"].isoformat(),
            end=entry["end"].isoformat(),
        )
        for room_name, guid, room_sessions in entry["rooms"]:
            room_element = _text(day_element, "room", None, name=room_name, guid=guid)
            for session in room_sessions:
                data = session_data(session)
                start = timezone.localtime(session.start, SOFIA)
                element = _text(room_element, "event", None, id=session.pk, guid=data["guid"])
                _text(element, "date", start.isoformat())
                _text(element, "start", start.strftime("%H:%M"))
                _text(element, "duration", _duration(session.start, session.end))
                _text(element, "room", room_name)
                _text(element, "slug", session_slug(session, event_acronym))
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


def programme_c3voc_json(event, days, rooms, sessions):
    """The programme in c3voc's schedule.json shape, which the same apps and the c3voc tools read."""
    event_acronym = acronym(event)
    room_list = {}
    json_days = []
    for entry in schedule_days(event, days, rooms, sessions):
        json_rooms = {}
        for room_name, guid, room_sessions in entry["rooms"]:
            room_list.setdefault(guid, {"name": room_name, "guid": guid})
            json_rooms[room_name] = [_c3voc_event(session, room_name, event_acronym) for session in room_sessions]
        json_days.append(
            {
                "index": entry["index"],
                "date": entry["day"].date.isoformat(),
                "day_start": entry["start"].isoformat(),
                "day_end": entry["end"].isoformat(),
                "rooms": json_rooms,
            }
        )
    return {
        "$schema": JSON_SCHEMA_ID,
        "generator": {"name": GENERATOR},
        "schedule": {
            "version": timezone.localtime(event.updated_at, SOFIA).isoformat(),
            "base_url": absolute_url(event),
            "conference": {
                "acronym": event_acronym,
                "title": event.title,
                "start": timezone.localtime(event.start, SOFIA).isoformat(),
                "end": timezone.localtime(event.end, SOFIA).isoformat(),
                "daysCount": len(days),
                "timeslot_duration": "00:15",
                "time_zone_name": settings.TIME_ZONE,
                "url": absolute_url(event),
                "rooms": list(room_list.values()),
                "days": json_days,
            },
        },
    }


def _c3voc_event(session, room_name, event_acronym):
    data = session_data(session)
    start = timezone.localtime(session.start, SOFIA)
    return {
        "guid": data["guid"],
        "id": session.pk,
        "date": start.isoformat(),
        "start": start.strftime("%H:%M"),
        "end": data["end"],
        "duration": _duration(session.start, session.end),
        "room": room_name,
        "slug": session_slug(session, event_acronym),
        "url": data["url"],
        "title": session.title,
        "subtitle": session.parallel_group or None,
        "track": session.parallel_group or None,
        "type": session.kind,
        "language": (data["languages"] or [None])[0],
        "abstract": None,
        "description": session.description,
        "persons": [
            {"id": role.person.pk, "name": role.person.name, "url": absolute_url(role.person)}
            for role in session.roles.all()
        ],
        "links": [],
    }
