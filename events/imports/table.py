"""Programme rows from a CSV table, as Excel saves one: a header row naming the columns (in English or Bulgarian,
in any order), comma, semicolon or tab between cells."""

import csv
import io
import re

from django.utils.translation import gettext_lazy as _

from . import rows as R
from .files import MAX_ROWS, decode_text, refuse

# (column, other names it goes by, what to write in it)
COLUMNS = [
    ("date", ("дата", "day", "ден"), _("The day: 2026-05-12 or 12.05.2026.")),
    ("start", ("начало", "from", "от"), _("The start time: 09:30.")),
    ("end", ("край", "to", "до"), _("The end time: 11:00. Leave it empty when you give the duration.")),
    ("duration", ("продължителност", "length"), _("The length, 01:30 or 90 (minutes), when there is no end time.")),
    (
        "room",
        ("зала", "място", "location"),
        _("The room or track; a new name adds a room. Empty for plenary sessions."),
    ),
    ("title_bg", ("заглавие bg", "заглавие на български", "заглавие"), _("The title in Bulgarian.")),
    (
        "title_en",
        ("заглавие en", "заглавие на английски", "title"),
        _("The title in English (one of the two titles is enough)."),
    ),
    (
        "kind",
        ("вид", "тип", "type"),
        _("talk, panel, workshop, training module, discussion or break (in either language)."),
    ),
    (
        "languages",
        ("езици", "език", "language"),
        _("Two-letter codes separated by commas: bg,en. Empty means the event's languages."),
    ),
    (
        "parallel_group",
        ("паралелна група", "група", "group", "track"),
        _("The parallel group, e.g. “Group 1: institutions”."),
    ),
    (
        "people",
        ("участници в програмата", "участници", "хора", "speakers", "persons"),
        _(
            "Names separated by semicolons, each with its role in brackets unless a speaker: "
            "Мария Иванова (moderator); Ivan Petrov."
        ),
    ),
    ("description_bg", ("описание bg", "описание на български", "описание"), _("A description in Bulgarian.")),
    ("description_en", ("описание en", "описание на английски", "description"), _("A description in English.")),
]
EXAMPLE = {
    "date": "2026-05-12",
    "start": "09:30",
    "end": "11:00",
    "duration": "",
    "room": "Зала „Тракия“",
    "title_bg": "Социални иновации в общността",
    "title_en": "Social innovation in the community",
    "kind": "panel",
    "languages": "bg,en",
    "parallel_group": "",
    "people": "Мария Иванова (moderator); Ivan Petrov",
    "description_bg": "",
    "description_en": "",
}
_PERSON = re.compile(r"^(.*?)\s*(?:\(([^()]*)\))?$")


def _key(header):
    return re.sub(r"\W+", "", str(header).casefold())


ALIASES = {_key(name): column for column, others, _help in COLUMNS for name in (column, *others)}


def _delimiter(text):
    """The delimiter and the text from the header on: Excel's "sep=;" line names it, else the header's commonest."""
    first, _newline, rest = text.partition("\n")
    if first.strip().lower().startswith("sep=") and len(first.strip()) == 5:
        return first.strip()[4], rest
    return max((";", ",", "\t"), key=first.count), text


def parse_csv(data, *, event_languages):
    """Rows of the table (see `rows`); raises ValidationError when the file as a whole cannot be read."""
    text = decode_text(data)
    delimiter, text = _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader, None)
        columns = [ALIASES.get(_key(name)) for name in header or []]
        _check_columns(columns)
        result = []
        for cells in reader:
            if not any(cell.strip() for cell in cells):
                continue
            if len(result) >= MAX_ROWS:
                raise refuse(_("The file has more than %(count)s sessions; import it in parts."), count=MAX_ROWS)
            values = {}
            for column, cell in zip(columns, cells, strict=False):
                if column and cell.strip():
                    values.setdefault(column, cell.strip())
            result.append(_row(reader.line_num, values, event_languages))
    except csv.Error as error:
        raise refuse(
            _("Line %(line)s cannot be read as CSV; check its quotation marks."), line=reader.line_num
        ) from error
    return result, [name for name, column in zip(header, columns, strict=True) if not column and name.strip()]


def _check_columns(columns):
    missing = [
        name
        for name, present in (
            ("date", "date" in columns),
            ("start", "start" in columns),
            ("title_bg / title_en", {"title_bg", "title_en"} & set(columns)),
            ("end / duration", {"end", "duration"} & set(columns)),
        )
        if not present
    ]
    if missing:
        raise refuse(
            _("The table has no column for: %(columns)s. Download the template to see the columns."),
            columns=", ".join(missing),
        )


def _row(line, values, event_languages):
    row = R.new_row(line)
    for field in ("room", "parallel_group"):
        row[field] = values.get(field, "")
    for field in ("title", "description"):
        bg, en = values.get(f"{field}_bg", ""), values.get(f"{field}_en", "")
        # A single title (or description) goes to the language it is written in, whichever column it was in.
        row.update({f"{field}_bg": bg, f"{field}_en": en} if bg and en else R.in_language(field, bg or en))
    row["kind"] = R.kind_from(values.get("kind", ""))
    for reader in (_times, _languages, _people):
        try:
            reader(row, values, event_languages)
        except R.RowError as error:
            R.add_error(row, error)
    return R.check_lengths(row)


def _times(row, values, _event_languages):
    day = R.parse_date(values.get("date"))
    start = R.parse_time(values.get("start"))
    if values.get("end"):
        R.set_times(row, day=day, start=start, end=R.parse_time(values["end"]))
    else:
        duration = R.parse_duration(values["duration"]) if values.get("duration") else None
        R.set_times(row, day=day, start=start, duration=duration)


def _languages(row, values, event_languages):
    row["languages"] = R.languages_from(values.get("languages"), event_languages)


def _people(row, values, _event_languages):
    for entry in re.split(r"[;\n]+", values.get("people", "")):
        match = _PERSON.match(entry.strip())
        if match and match[1]:
            row["people"].append([match[1].strip(), R.role_from(match[2])])


def template_rows():
    """The template's header and its example row."""
    return [[column for column, _others, _help in COLUMNS], [EXAMPLE[column] for column, _others, _help in COLUMNS]]
