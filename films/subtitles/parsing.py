"""Reading and checking SubRip and WebVTT files, reporting every problem with its line.

WebVTT follows the parsing rules of the W3C recommendation (https://www.w3.org/TR/webvtt1/):
blocks split on blank lines after CR, LF or CRLF, NOTE, STYLE and REGION blocks, identifiers of
any text, timestamps with or without hours, and cue settings that are ignored one by one when
unknown or invalid rather than failing the cue. SubRip has no standard; this reads what subtitle
tools write (optional cue numbers, comma or dot before the milliseconds, coordinates after the
timing, `<i>`-style and `{\\an8}` tags).

webvtt-py reads these formats too, but gives no line numbers, stops at the first problem and
refuses cue settings browsers accept, so moderators could not be told where a file is broken;
this module walks the blocks itself. Nothing here touches the database: `parse_subtitles`
returns the cues or raises one translated ValidationError listing every error found.
"""

import html
import re
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .encodings import AUTO, DecodedText, decode_subtitles

# Subtitle guidelines used by European broadcasters: two lines of at most 42
# characters, read at no more than 17 characters per second.
MAX_LINE_CHARACTERS = 42
MAX_CHARACTERS_PER_SECOND = 17
# Errors listed for one upload: enough to fix a file in one pass, few enough to read.
MAX_ERRORS = 20
# The most cues one track may hold unless settings.SUBTITLE_MAX_CUES says otherwise; a feature
# film has 1,000-2,000, and parsing and storing grows with the count inside the request.
DEFAULT_MAX_CUES = 5000

_SRT_TIMESTAMP = r"(\d{1,3}):(\d{1,2}):(\d{1,2})[,.](\d{1,3})"
_SRT_TIMING = re.compile(rf"^\s*{_SRT_TIMESTAMP}\s*-->\s*{_SRT_TIMESTAMP}(?:\s.*)?$")
_VTT_TIMING = re.compile(r"^[ \t\f]*([0-9:.]+)[ \t\f]*-->[ \t\f]*([0-9:.]+)(.*)$")
_VTT_LONG_TIMESTAMP = re.compile(r"(\d+):(\d{2}):(\d{2})\.(\d{3})")
_VTT_SHORT_TIMESTAMP = re.compile(r"(\d{2}):(\d{2})\.(\d{3})")
_VTT_HEADER = re.compile(r"^WEBVTT(?:[ \t].*)?$")
_NOTE = re.compile(r"^NOTE(?:[ \t].*)?$")
_STYLE = re.compile(r"^STYLE[ \t]*$")
_REGION = re.compile(r"^REGION[ \t]*$")
_ASS_OVERRIDE = re.compile(r"\{\\[^}]*\}")
_PERCENTAGE = re.compile(r"\d+(?:\.\d+)?%")
_LINE_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
_SETTING_SEPARATOR = re.compile(r"[ \t\n\f\r]+")
# Values of drafts before the recommendation, still written by tools and read by browsers.
_LEGACY_ALIGN = {"middle": "center"}
_LEGACY_POSITION_ALIGN = {"middle": "center", "start": "line-left", "end": "line-right"}


class SubtitleFormat:
    SRT = "srt"
    VTT = "vtt"


@dataclass(frozen=True)
class Cue:
    """One subtitle: times in milliseconds, the plain text (tags removed) and its WebVTT cue text."""

    start_ms: int
    end_ms: int
    text: str
    raw_text: str = ""
    line: int = 0
    identifier: str = ""
    settings: str = ""


@dataclass(frozen=True)
class SubtitleWarning:
    """Something a moderator should look at, though the file is usable."""

    line: int
    message: str


@dataclass
class ParsedSubtitles:
    format: str
    encoding: str
    cues: list[Cue]
    webvtt: str
    warnings: list[SubtitleWarning] = field(default_factory=list)
    decoded: DecodedText | None = None


def format_timestamp(milliseconds, *, separator="."):
    """00:01:23.500 (WebVTT) or 00:01:23,500 (SubRip) for a time in milliseconds."""
    hours, rest = divmod(int(milliseconds), 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}{separator}{millis:03d}"


def max_cues():
    return getattr(settings, "SUBTITLE_MAX_CUES", DEFAULT_MAX_CUES)


class _Report:
    """The errors and warnings of one file, each with its line."""

    def __init__(self):
        self.errors = []
        self.warnings = []
        self.setting_notes = {}

    def error(self, message, *, code, line, **params):
        self.errors.append(ValidationError(message, code=code, params={"line": line, **params}))

    def warn(self, line, message, **params):
        self.warnings.append(SubtitleWarning(line, message % {"line": line, **params}))

    def note_setting(self, line, message, setting, **params):
        """Warn once per distinct setting, at its first line, counting the other cues that carry it."""
        key = (str(message), setting)
        if key in self.setting_notes:
            self.setting_notes[key][1] += 1
        else:
            self.setting_notes[key] = [line, 0, message, {"setting": setting, **params}]

    def setting_warnings(self):
        for line, others, message, params in self.setting_notes.values():
            text = message % {"line": line, **params}
            if others:
                text += " " + ngettext("(%(count)s more cue has it.)", "(%(count)s more cues have it.)", others) % {
                    "count": others
                }
            yield SubtitleWarning(line, text)

    def raise_errors(self):
        if not self.errors:
            return
        errors = sorted(self.errors, key=lambda error: error.params["line"])
        shown = errors[:MAX_ERRORS]
        if len(errors) > MAX_ERRORS:
            hidden = len(errors) - MAX_ERRORS
            shown.append(
                ValidationError(
                    ngettext(
                        "… and %(count)s more error after these; fix these and upload the file again.",
                        "… and %(count)s more errors after these; fix these and upload the file again.",
                        hidden,
                    ),
                    code="more_errors",
                    params={"count": hidden},
                )
            )
        raise ValidationError(shown)


def _lines(text):
    return re.split(r"\r\n|\r|\n", text.removeprefix("\ufeff").replace("\x00", "\ufffd"))


def _blocks(lines):
    """Yield (first line number, lines) for each run of non-blank lines."""
    block, start = [], 0
    for number, line in enumerate(lines, start=1):
        if line.strip():
            if not block:
                start = number
            block.append(line.rstrip())
        elif block:
            yield start, block
            block = []
    if block:
        yield start, block


def strip_tags(line):
    """`line` without `<...>` cue tags, in linear time (a regex rescans after every unclosed `<`)."""
    parts, position = [], 0
    while True:
        opening = line.find("<", position)
        closing = line.find(">", opening) if opening >= 0 else -1
        if opening < 0 or closing < 0:
            parts.append(line[position:])
            return "".join(parts)
        parts.append(line[position:opening])
        position = closing + 1


def _plain(text_lines, *, unescape):
    stripped = (strip_tags(line) for line in text_lines)
    if unescape:
        stripped = (html.unescape(line) for line in stripped)
    return "\n".join(part.strip() for part in stripped if part.strip())


def _vtt_timestamp(text):
    """Milliseconds of a WebVTT timestamp ((hh:)mm:ss.ttt, minutes and seconds under 60), or None."""
    match = _VTT_LONG_TIMESTAMP.fullmatch(text)
    if match:
        hours, minutes, seconds, millis = (int(part) for part in match.groups())
    else:
        match = _VTT_SHORT_TIMESTAMP.fullmatch(text)
        if not match:
            return None
        hours, (minutes, seconds, millis) = 0, (int(part) for part in match.groups())
    if minutes > 59 or seconds > 59:
        return None
    return ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis


def _srt_timestamp(hours, minutes, seconds, millis):
    if int(minutes) > 59 or int(seconds) > 59:
        return None
    return ((int(hours) * 60 + int(minutes)) * 60 + int(seconds)) * 1000 + int(millis.ljust(3, "0"))


def _percentage(value):
    return bool(_PERCENTAGE.fullmatch(value)) and float(value[:-1]) <= 100


def _setting(name, value, regions):
    """The setting as kept ("align:center"), or None when browsers ignore it."""
    if name == "region":
        return f"region:{value}" if value in regions else None
    if name == "vertical":
        return f"vertical:{value}" if value in ("rl", "lr") else None
    if name == "size":
        return f"size:{value}" if _percentage(value) else None
    if name == "align":
        value = _LEGACY_ALIGN.get(value, value)
        return f"align:{value}" if value in ("start", "center", "end", "left", "right") else None
    if name == "line":
        position, comma, alignment = value.partition(",")
        alignment = _LEGACY_ALIGN.get(alignment, alignment)
        if not (_percentage(position) or _LINE_NUMBER.fullmatch(position)):
            return None
        if comma and alignment not in ("start", "center", "end"):
            return None
        return f"line:{position}{comma}{alignment}"
    if name == "position":
        position, comma, alignment = value.partition(",")
        alignment = _LEGACY_POSITION_ALIGN.get(alignment, alignment)
        if not _percentage(position) or (comma and alignment not in ("line-left", "center", "line-right")):
            return None
        return f"position:{position}{comma}{alignment}"
    return None


def _cue_settings(text, *, line, regions, report):
    """The settings browsers apply, as text; the others are dropped with a warning (later ones win)."""
    kept = {}
    for written in _SETTING_SEPARATOR.split(text.strip()):
        if not written:
            continue
        name, colon, value = written.partition(":")
        setting = _setting(name, value, regions) if colon and name and value else None
        if setting is None:
            report.note_setting(
                line,
                _(
                    'Line %(line)s: the cue setting "%(setting)s" is unknown or invalid; '
                    "browsers ignore it, and so does the portal."
                ),
                written[:60],
            )
        else:
            if setting != written:
                report.note_setting(
                    line,
                    _('Line %(line)s: "%(setting)s" is an old spelling; it is kept as "%(kept)s".'),
                    written[:60],
                    kept=setting,
                )
            kept[name] = setting
    return " ".join(kept.values())


def _not_a_cue(report, line):
    report.error(
        _(
            "Line %(line)s: expected a cue number or a timing line here. "
            "A blank line inside a subtitle ends it; remove the blank line or the stray text."
        ),
        code="garbage",
        line=line,
    )


def _bad_timing(report, line, timing):
    report.error(
        _('Line %(line)s: "%(timing)s" is not a cue timing such as 00:01:02,500 --> 00:01:04,000.'),
        code="timing",
        line=line,
        timing=timing.strip()[:80],
    )


def _missing_blank_line(report, line):
    report.error(
        _("Line %(line)s: a timing line inside a cue's text; is a blank line missing before it?"),
        code="arrow",
        line=line,
    )


def _srt_cues(blocks, report):
    for start, lines in blocks:
        if "-->" in lines[0]:
            timing_index = 0
        elif len(lines) > 1 and lines[0].strip().isdigit() and "-->" in lines[1]:
            timing_index = 1
        else:
            _not_a_cue(report, start)
            continue
        line = start + timing_index
        match = _SRT_TIMING.match(lines[timing_index])
        times = match and (_srt_timestamp(*match.groups()[:4]), _srt_timestamp(*match.groups()[4:]))
        if not times or None in times:
            _bad_timing(report, line, lines[timing_index])
            continue
        text_lines = [_ASS_OVERRIDE.sub("", text) for text in lines[timing_index + 1 :]]
        # In SubRip "-->" is ordinary text unless the whole line is a timing.
        broken = [index for index, text in enumerate(text_lines) if _SRT_TIMING.match(text)]
        if broken:
            _missing_blank_line(report, line + 1 + broken[0])
            continue
        yield Cue(
            start_ms=times[0],
            end_ms=times[1],
            text=_plain(text_lines, unescape=False),
            raw_text="\n".join(text.replace("-->", "--&gt;") for text in text_lines),
            line=line,
        )


def _vtt_cues(blocks, report, regions):
    """Cues of a WebVTT file; REGION blocks before the first cue are added to `regions` (id → block)."""
    header_start, header = blocks[0]
    arrow = next((index for index, text in enumerate(header) if "-->" in text), None)
    if arrow is not None:
        report.error(
            _(
                "Line %(line)s: a blank line must separate the WEBVTT line from the first cue; "
                "without it, players skip the cue."
            ),
            code="header_cue",
            line=header_start + arrow,
        )
        blocks = [(header_start + arrow, header[arrow:]), *blocks[1:]]
    else:
        blocks = blocks[1:]
    seen_cue, style_warned = False, False
    for start, lines in blocks:
        arrow = next((index for index, text in enumerate(lines[:2]) if "-->" in text), None)
        if arrow is None:
            first = lines[0]
            if _NOTE.match(first):
                continue
            if _STYLE.match(first) or _REGION.match(first):
                if seen_cue:
                    report.warn(start, _("Line %(line)s: a STYLE or REGION block after the first cue is ignored."))
                elif _REGION.match(first):
                    identifier = next((text[3:] for text in lines[1:] if text.startswith("id:")), "")
                    if identifier:
                        regions[identifier] = "\n".join(lines)
                elif not style_warned:
                    style_warned = True
                    report.warn(
                        start, _("Line %(line)s: STYLE blocks are left out; the portal's player styles the subtitles.")
                    )
                continue
            _not_a_cue(report, start)
            continue
        line = start + arrow
        match = _VTT_TIMING.match(lines[arrow])
        times = match and (_vtt_timestamp(match.group(1)), _vtt_timestamp(match.group(2)))
        if not times or None in times:
            _bad_timing(report, line, lines[arrow])
            continue
        seen_cue = True
        text_lines = lines[arrow + 1 :]
        broken = [index for index, text in enumerate(text_lines) if "-->" in text]
        if broken:
            _missing_blank_line(report, line + 1 + broken[0])
            continue
        yield Cue(
            start_ms=times[0],
            end_ms=times[1],
            text=_plain(text_lines, unescape=True),
            raw_text="\n".join(text_lines),
            line=line,
            identifier=lines[0].strip() if arrow == 1 else "",
            settings=_cue_settings(match.group(3), line=line, regions=regions, report=report),
        )


def detect_format(blocks):
    """SubRip or WebVTT, from the first block; anything else is refused at its first line."""
    if not blocks:
        raise ValidationError(_("The file is empty."), code="empty")
    start, lines = blocks[0]
    if lines[0].startswith("WEBVTT"):
        if not _VTT_HEADER.match(lines[0]):
            raise ValidationError(
                _("Line %(line)s: a WebVTT file must start with the word WEBVTT on a line of its own."),
                code="header",
                params={"line": start},
            )
        return SubtitleFormat.VTT
    if any("-->" in line for line in lines[:2]):
        return SubtitleFormat.SRT
    raise ValidationError(
        _("Line %(line)s: this is neither a SubRip (.srt) nor a WebVTT (.vtt) subtitle file."),
        code="format",
        params={"line": start},
    )


def _check_times(cues, *, duration, report):
    previous = None
    limit_ms = None if duration is None else round(duration.total_seconds() * 1000)
    for cue in cues:
        if cue.end_ms <= cue.start_ms:
            report.error(
                _("Line %(line)s: the cue ends (%(end)s) before or when it starts (%(start)s)."),
                code="reversed",
                line=cue.line,
                start=format_timestamp(cue.start_ms),
                end=format_timestamp(cue.end_ms),
            )
            continue
        if previous is not None and cue.start_ms < previous.end_ms:
            report.error(
                _("Line %(line)s: the cue starts at %(start)s, before the previous cue ends at %(previous_end)s."),
                code="overlap",
                line=cue.line,
                start=format_timestamp(cue.start_ms),
                previous_end=format_timestamp(previous.end_ms),
            )
        if limit_ms is not None and cue.end_ms > limit_ms:
            report.warn(
                cue.line,
                _("Line %(line)s: the cue ends at %(end)s, after the film's end at %(film_end)s."),
                end=format_timestamp(cue.end_ms),
                film_end=format_timestamp(limit_ms),
            )
        previous = cue


def cue_warnings(cues):
    """Warnings for lines over 42 characters and reading speeds over 17 characters per second."""
    warnings = []
    for cue in cues:
        for text_line in cue.text.split("\n"):
            if len(text_line) > MAX_LINE_CHARACTERS:
                warnings.append(
                    SubtitleWarning(
                        cue.line,
                        _("Line %(line)s: a subtitle line has %(count)s characters (at most %(limit)s read well).")
                        % {"line": cue.line, "count": len(text_line), "limit": MAX_LINE_CHARACTERS},
                    )
                )
        characters = len(cue.text.replace("\n", ""))
        seconds = (cue.end_ms - cue.start_ms) / 1000
        if seconds > 0 and characters / seconds > MAX_CHARACTERS_PER_SECOND:
            warnings.append(
                SubtitleWarning(
                    cue.line,
                    _("Line %(line)s: %(speed)s characters per second is faster than %(limit)s can be read.")
                    % {"line": cue.line, "speed": round(characters / seconds, 1), "limit": MAX_CHARACTERS_PER_SECOND},
                )
            )
    return warnings


def cues_to_webvtt(cues, *, regions=()):
    """The WebVTT text of parsed cues, with the REGION blocks their settings name."""
    blocks = ["WEBVTT\n", *(f"{region}\n" for region in regions)]
    for cue in cues:
        timing = f"{format_timestamp(cue.start_ms)} --> {format_timestamp(cue.end_ms)}"
        identifier = f"{cue.identifier}\n" if cue.identifier else ""
        settings_text = f" {cue.settings}" if cue.settings else ""
        blocks.append(f"{identifier}{timing}{settings_text}\n{cue.raw_text}\n")
    return "\n".join(blocks)


def cues_to_srt(cues):
    """The SubRip text of cues (anything with start_ms, end_ms and plain text)."""
    blocks = []
    for number, cue in enumerate(cues, start=1):
        timing = f"{format_timestamp(cue.start_ms, separator=',')} --> {format_timestamp(cue.end_ms, separator=',')}"
        text = "\n".join(line for line in cue.text.split("\n") if line.strip())
        blocks.append(f"{number}\n{timing}\n{text}\n")
    return "\n".join(blocks)


def _too_many_cues(lines):
    count = sum(1 for line in lines if "-->" in line)
    limit = max_cues()
    if count > limit:
        raise ValidationError(
            _(
                "The file holds %(count)s cues; a subtitle track may hold at most %(limit)s. "
                "Check that this is the subtitle file of this film."
            ),
            code="too_many_cues",
            params={
                "count": number_format(count, force_grouping=True),
                "limit": number_format(limit, force_grouping=True),
            },
        )


def parse_subtitles(data, *, duration=None, language="", encoding=AUTO):
    """Decode, parse and check an uploaded .srt or .vtt file; return its cues and normalised WebVTT.

    `language` (the track's) hints at the encoding of a file that is not Unicode; `encoding` is
    the one the uploader chose, or "auto". `duration` (a timedelta) is the film's length; cues
    ending after it are warned about. Raises one ValidationError listing every error with its line
    (at most MAX_ERRORS of them).
    """
    decoded = decode_subtitles(data, language=language, encoding=encoding)
    lines = _lines(decoded.text)
    _too_many_cues(lines)
    blocks = list(_blocks(lines))
    subtitle_format = detect_format(blocks)
    report = _Report()
    regions = {}
    if subtitle_format == SubtitleFormat.VTT:
        parsed = list(_vtt_cues(blocks, report, regions))
    else:
        parsed = list(_srt_cues(blocks, report))
    cues = []
    for cue in parsed:
        if cue.text:
            cues.append(cue)
        else:
            report.warn(cue.line, _("Line %(line)s: a cue without text was left out."))
    _check_times(cues, duration=duration, report=report)
    if not cues and not report.errors:
        raise ValidationError(_("The file holds no subtitles."), code="no_cues")
    report.raise_errors()
    used_regions = {setting[7:] for cue in cues for setting in cue.settings.split() if setting.startswith("region:")}
    return ParsedSubtitles(
        format=subtitle_format,
        encoding=decoded.encoding,
        cues=cues,
        webvtt=cues_to_webvtt(cues, regions=[block for key, block in regions.items() if key in used_regions]),
        warnings=report.warnings + list(report.setting_warnings()) + cue_warnings(cues),
        decoded=decoded,
    )
