"""Programme rows from a frab schedule.xml (frab, pretalx, the c3voc tools and this portal's own export).

Read with defusedxml and no DTD allowed, so entity expansion ("billion laughs") and external entities are refused
before they cost anything. Each <event> gives a row; its time is its <date> (an ISO date and time with the
offset) when present, else its day's date and <start>, and its length is <duration> ("HH:MM").
"""

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, fromstring
from django.utils.translation import gettext_lazy as _

from .files import MAX_ROWS, refuse
from .rows import schedule_row

TEXTS = ("title", "abstract", "description", "track", "type", "language")


def parse_frab(data, *, event_languages):
    try:
        root = fromstring(data, forbid_dtd=True)
    except DefusedXmlException as error:
        raise refuse(_("The XML file declares entities or a document type, which are refused for safety.")) from error
    except (ParseError, ValueError) as error:
        raise refuse(_("The XML file cannot be read: it is incomplete or not XML.")) from error
    if root.tag != "schedule":
        raise refuse(_("This XML file is not a frab schedule (it should start with <schedule>)."))
    result = []
    for day in root.iter("day"):
        for room in day.iter("room"):
            for element in room.iter("event"):
                if len(result) >= MAX_ROWS:
                    raise refuse(_("The file has more than %(count)s sessions; import it in parts."), count=MAX_ROWS)
                result.append(_row(len(result) + 1, day, room, element, event_languages))
    if not result:
        raise refuse(_("The schedule holds no sessions."))
    return result, []


def _text(element, tag):
    child = element.find(tag)
    return (child.text or "").strip() if child is not None else ""


def _row(line, day, room, element, event_languages):
    texts = {tag: _text(element, tag) for tag in TEXTS}
    texts["room"] = (room.get("name") or "").strip() or _text(element, "room")
    times = {"moment": _text(element, "date"), "day": day.get("date") or "", "start": _text(element, "start")}
    times["duration"] = _text(element, "duration")
    people = [(person.text or "").strip() for person in element.iter("person")]
    return schedule_row(line, texts=texts, people=people, times=times, event_languages=event_languages)
