"""Programme rows from a schedule JSON: pretalx's export (`schedule.json`) and the c3voc shape this portal writes.

`schedule.conference.days[]`, each with `rooms` mapping a room's name to its talks; a talk has `date` (an ISO date
and time with the offset), `start` ("HH:MM"), `duration` ("HH:MM"), `title`, `type`, `track`, `language`,
`abstract`, `description` and `persons` (pretalx names them `public_name` in older versions, `name` now).
Every value is checked for its type, since any JSON parses.
"""

import json

from django.utils.translation import gettext_lazy as _

from . import rows as R
from .files import MAX_ROWS, refuse
from .frab import TEXTS


def _text(value):
    return value.strip() if isinstance(value, str) else ""


def _days(data):
    schedule = data.get("schedule") if isinstance(data, dict) else None
    conference = schedule.get("conference") if isinstance(schedule, dict) else None
    days = conference.get("days") if isinstance(conference, dict) else None
    if not isinstance(days, list):
        raise refuse(_("This JSON file is not a pretalx schedule (it has no schedule.conference.days)."))
    return [day for day in days if isinstance(day, dict)]


def parse_pretalx(data, *, event_languages):
    try:
        parsed = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise refuse(_("The JSON file cannot be read: it is incomplete or not JSON.")) from error
    result = []
    for day in _days(parsed):
        rooms = day.get("rooms")
        for room_name, talks in rooms.items() if isinstance(rooms, dict) else ():
            for talk in talks if isinstance(talks, list) else ():
                if len(result) >= MAX_ROWS:
                    raise refuse(_("The file has more than %(count)s sessions; import it in parts."), count=MAX_ROWS)
                result.append(_row(len(result) + 1, day, room_name, talk, event_languages))
    if not result:
        raise refuse(_("The schedule holds no sessions."))
    return result, []


def _person_name(person):
    return _text(person.get("name") or person.get("public_name")) if isinstance(person, dict) else _text(person)


def _row(line, day, room_name, talk, event_languages):
    if not isinstance(talk, dict):
        row = R.new_row(line)
        R.add_error(row, R.RowError("not-a-session"))
        return row
    texts = {key: _text(talk.get(key)) for key in TEXTS}
    texts["room"] = _text(room_name) or _text(talk.get("room"))
    times = {"moment": _text(talk.get("date")), "day": _text(day.get("date")), "start": _text(talk.get("start"))}
    times["duration"] = _text(talk.get("duration"))
    persons = talk.get("persons") if isinstance(talk.get("persons"), list) else []
    people = [_person_name(person) for person in persons]
    return R.schedule_row(line, texts=texts, people=people, times=times, event_languages=event_languages)
