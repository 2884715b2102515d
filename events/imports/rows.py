"""What every importer gives: programme rows as plain dicts (so the preview can keep them in the session), with
the problems of each row as message codes, translated only when shown (the organiser may switch language).

A row: {"line", "title_bg", "title_en", "description_bg", "description_en", "start", "end" (local times in Sofia,
"YYYY-MM-DDTHH:MM"), "room", "kind", "languages", "parallel_group", "people": [[name, role]], "errors": [[code,
params]]}.
"""

import re
from datetime import datetime, time, timedelta

from django.utils.translation import gettext_lazy as _

from core.i18n import written_language
from events.calendars import SOFIA
from events.enums import SESSION_LANGUAGES, RoleKind, SessionKind

MESSAGES = {
    "no-title": _("The session has no title."),
    "no-date": _("The date is missing."),
    "bad-date": _("“%(value)s” is not a date; write it as 2026-05-12 or 12.05.2026."),
    "no-start": _("The start time is missing."),
    "bad-time": _("“%(value)s” is not a time; write it as 09:30."),
    "bad-duration": _("“%(value)s” is not a length; write it as 01:30 (hours and minutes) or as 90 (minutes)."),
    "no-end": _("Give an end time or a duration."),
    "ends-before-start": _("The session ends before it starts."),
    "too-long": _("“%(value)s…” is longer than %(limit)s characters."),
    "bad-role": _("“%(value)s” is not a role; use speaker, lecturer, panellist, moderator, facilitator or trainer."),
    "bad-languages": _("“%(value)s” are not language codes; write two-letter codes such as bg,en."),
    "not-a-session": _("This entry is not a session (it has no title, time or length)."),
    "outside": _("%(date)s is not one of the event's days (%(first)s – %(last)s)."),
    "duplicate": _("The same session as row %(line)s."),
}

# Words that name a kind of session in the files organisers bring (frab/pretalx types, Bulgarian and English).
KIND_WORDS = [
    (SessionKind.BREAK, ("break", "pause", "lunch", "coffee", "пауза", "почивка", "обяд", "кафе")),
    (SessionKind.PANEL, ("panel", "podium", "панел")),
    (SessionKind.WORKSHOP, ("workshop", "работилница", "уъркшоп")),
    (SessionKind.TRAINING_MODULE, ("training", "module", "обучение", "модул")),
    (SessionKind.DISCUSSION, ("discussion", "meeting", "дискусия", "обсъждане", "среща")),
    (SessionKind.TALK, ("talk", "lecture", "keynote", "доклад", "лекция", "презентация")),
]
ROLE_WORDS = {
    **{str(kind.value): kind.value for kind in RoleKind},
    **{"panelist": RoleKind.PANELLIST.value, "facilitator": RoleKind.FACILITATOR.value},
    **{"докладчик": RoleKind.SPEAKER.value, "лектор": RoleKind.LECTURER.value, "панелист": RoleKind.PANELLIST.value},
    **{"модератор": RoleKind.MODERATOR.value, "фасилитатор": RoleKind.FACILITATOR.value},
    **{"обучител": RoleKind.TRAINER.value},
}
KNOWN_LANGUAGES = {code for code, _name in SESSION_LANGUAGES}
LIMITS = {"title": 300, "room": 120, "parallel_group": 120, "person": 200}
_TIME = re.compile(r"^(\d{1,2})[:.](\d{2})(?::\d{2})?$")
_DURATION = re.compile(r"^(?:(\d+):)?(\d{1,2}):(\d{2})(?::\d{2})?$")
# As typed, and as a spreadsheet writes a date cell formatted as a date and time.
_DATE_FORMATS = (
    "%Y-%m-%d",
    "%d.%m.%Y",
    "%d/%m/%Y",
    "%d.%m.%y",
    "%Y-%m-%d %H:%M:%S",
    "%d.%m.%Y %H:%M",
    "%d.%m.%Y %H:%M:%S",
)


class RowError(Exception):
    """A value of a row that cannot be read: the message code and its parameters."""

    def __init__(self, code, **params):
        super().__init__(code)
        self.code, self.params = code, params


def message(code, params):
    return MESSAGES[code] % params if params else MESSAGES[code]


def fold(text):
    """Text compared without case and surrounding or doubled spaces (Cyrillic case too)."""
    return " ".join(str(text or "").split()).casefold()


def parse_date(text):
    value = str(text or "").strip().removesuffix("г.").strip()
    if not value:
        raise RowError("no-date")
    for pattern in _DATE_FORMATS:
        try:
            return datetime.strptime(value, pattern).date()
        except ValueError:
            continue
    raise RowError("bad-date", value=value[:40])


def parse_time(text):
    value = str(text or "").strip()
    if not value:
        raise RowError("no-start")
    match = _TIME.match(value)
    if not match or int(match[1]) > 23 or int(match[2]) > 59:
        raise RowError("bad-time", value=value[:40])
    return time(int(match[1]), int(match[2]))


def parse_duration(text):
    """ "01:30", "1:30:00", "1:02:00" (a day, frab's long form) or minutes ("90")."""
    value = str(text or "").strip()
    if value.isdigit() and int(value) <= 24 * 60 * 7:
        return timedelta(minutes=int(value))
    match = _DURATION.match(value)
    if not match or int(match[3]) > 59 or int(match[1] or 0) > 7:
        raise RowError("bad-duration", value=value[:40])
    return timedelta(days=int(match[1] or 0), hours=int(match[2]), minutes=int(match[3]))


def kind_from(text):
    """The session kind a type names (our own values, frab's and pretalx's types); a talk when nothing fits."""
    value = fold(text)
    if value in SessionKind.values:
        return value
    for kind, words in KIND_WORDS:
        if any(word in value for word in words):
            return kind.value
    return SessionKind.TALK.value


def role_from(text):
    value = fold(text)
    if not value:
        return RoleKind.SPEAKER.value
    if value in ROLE_WORDS:
        return ROLE_WORDS[value]
    raise RowError("bad-role", value=str(text)[:40])


def languages_from(text, default):
    """Two-letter codes ("bg,en", "BG; EN", "bg-BG") as the model keeps them; `default` when empty."""
    codes = [part.strip().lower()[:2] for part in re.split(r"[,;/ ]+", str(text or "")) if part.strip()]
    if not codes:
        return default
    if any(code not in KNOWN_LANGUAGES for code in codes):
        raise RowError("bad-languages", value=str(text)[:40])
    return ",".join(dict.fromkeys(codes))


def in_language(field, text):
    """{"<field>_bg": text} or {"<field>_en": text}, by the letters it is written in."""
    text = str(text or "").strip()
    return {f"{field}_{'en' if written_language(text) == 'en' else 'bg'}": text} if text else {}


def local_text(moment):
    return moment.strftime("%Y-%m-%dT%H:%M")


def new_row(line):
    return {
        "line": line,
        "title_bg": "",
        "title_en": "",
        "description_bg": "",
        "description_en": "",
        "start": None,
        "end": None,
        "room": "",
        "kind": SessionKind.TALK.value,
        "languages": "",
        "parallel_group": "",
        "people": [],
        "errors": [],
    }


def add_error(row, error):
    row["errors"].append([error.code, error.params])


def set_times(row, *, day, start, end=None, duration=None):
    """Fill `start` and `end` from a date (or a datetime for `start`), a time and an end time or a length."""
    begins = start if isinstance(start, datetime) else datetime.combine(day, start)
    if end is not None:
        ends = datetime.combine(begins.date(), end)
    elif duration is not None:
        try:
            ends = begins + duration
        except OverflowError:  # a start in the year 9999
            raise RowError("bad-date", value=local_text(begins)[:10]) from None
    else:
        raise RowError("no-end")
    if ends <= begins:
        raise RowError("ends-before-start")
    row["start"], row["end"] = local_text(begins), local_text(ends)


def check_lengths(row):
    """Errors for texts longer than their fields hold; the other checks of a row are done by then."""
    texts = [("title", row["title_bg"]), ("title", row["title_en"]), ("room", row["room"])]
    texts += [("parallel_group", row["parallel_group"])] + [("person", name) for name, _role in row["people"]]
    for field, text in texts:
        if len(text) > LIMITS[field]:
            add_error(row, RowError("too-long", value=text[:40], limit=LIMITS[field]))
    if not (row["title_bg"] or row["title_en"]):
        add_error(row, RowError("no-title"))
    return row


def start_from(moment, *, day, start):
    """A local start in Sofia: from an ISO date and time (with its offset, converted) or from a date and a time."""
    if "T" in moment:
        try:
            parsed = datetime.fromisoformat(moment)
            return parsed.astimezone(SOFIA).replace(tzinfo=None) if parsed.tzinfo else parsed
        except (ValueError, OverflowError):  # not a date, or one at the very end of the calendar
            raise RowError("bad-date", value=moment[:40]) from None
    return datetime.combine(parse_date(day or moment), parse_time(start))


def schedule_row(line, *, texts, people, times, event_languages):
    """A row of a frab or pretalx schedule. `texts`: title, abstract, description, room, track, type, language;
    `times`: moment (ISO), day (its date), start ("HH:MM"), duration ("HH:MM")."""
    row = new_row(line)
    row.update(in_language("title", texts["title"]))
    row.update(in_language("description", "\n\n".join(t for t in (texts["abstract"], texts["description"]) if t)))
    row["room"], row["parallel_group"] = texts["room"], texts["track"]
    row["kind"] = kind_from(texts["type"])
    row["people"] = [[name, RoleKind.SPEAKER.value] for name in people if name]
    try:
        row["languages"] = languages_from(texts["language"], event_languages)
    except RowError:
        row["languages"] = event_languages  # a talk's language the portal does not offer: the event's own
    try:
        start = start_from(times["moment"], day=times["day"], start=times["start"])
        set_times(row, day=None, start=start, duration=parse_duration(times["duration"]))
    except RowError as error:
        add_error(row, error)
    return check_lengths(row)
