"""iCalendar and JSON renderings of events and programmes (the conference-app formats are in schedules.py).

icalendar (about 3 MB a worker) is imported by the functions that build iCalendar objects, not with this module:
the calendars are kept until the programme changes (events.views.exports) and web workers are replaced every
2,000 requests (docs/deploy.md), so most workers never write one.
"""

import uuid
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

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
    import icalendar

    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Social innovation portal//events//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    return calendar


# Time zones written as two yearly rules, the way Google Calendar and tzurl.org write them: (name, first onset in
# local time, offset before, offset after, RRULE) for the STANDARD and the DAYLIGHT observance. icalendar's own
# VTIMEZONE (add_missing_timezones) lists every transition in one RDATE with many values; clients that read only
# the first value (vobject, Outlook) then show every summer-time session an hour late.
# Bulgaria keeps the EU rule: summer time from the last Sunday of March, 03:00 local (+02:00 to +03:00), to the
# last Sunday of October, 04:00 local (+03:00 to +02:00).
RULE_BASED_ZONES = {
    "Europe/Sofia": {
        "STANDARD": ("EET", datetime(1970, 10, 25, 4), timedelta(hours=3), timedelta(hours=2), "-1SU", 10),
        "DAYLIGHT": ("EEST", datetime(1970, 3, 29, 3), timedelta(hours=2), timedelta(hours=3), "-1SU", 3),
    },
}


def rule_based_vtimezone(tzid):
    """The VTIMEZONE of `tzid` with a yearly RRULE per observance, or None for a zone not in RULE_BASED_ZONES."""
    rules = RULE_BASED_ZONES.get(tzid)
    if rules is None:
        return None
    import icalendar

    vtimezone = icalendar.Timezone()
    vtimezone.add("tzid", tzid)
    for kind, (name, onset, offset_from, offset_to, byday, month) in rules.items():
        observance = icalendar.TimezoneStandard() if kind == "STANDARD" else icalendar.TimezoneDaylight()
        observance.add("tzname", name)
        observance.add("dtstart", onset)
        observance.add("tzoffsetfrom", offset_from)
        observance.add("tzoffsetto", offset_to)
        observance.add("rrule", {"freq": "yearly", "bymonth": month, "byday": byday})
        vtimezone.add_component(observance)
    return vtimezone


def finish(calendar):
    """Add the VTIMEZONE definitions the events refer to, before the events, and serialise."""
    for position, tzid in enumerate(sorted(calendar.get_missing_tzids())):
        vtimezone = rule_based_vtimezone(tzid)
        if vtimezone is not None:
            calendar.subcomponents.insert(position, vtimezone)
    calendar.add_missing_timezones()  # any other zone, in icalendar's own way
    return calendar.to_ical()


def _vevent(*, uid, title, start, end, location, description, url, cancelled=False, stamp=None):
    import icalendar

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
