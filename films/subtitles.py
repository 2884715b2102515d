"""Reading, checking and writing subtitle files (SubRip and WebVTT).

webvtt-py reads timestamps and cue settings and writes both formats, but it
reports no line numbers and silently folds a stray block of text into the
previous SubRip cue. Moderators need to be told *where* a file is broken, so
this module walks the blocks itself, keeping line numbers, and hands each cue
to webvtt-py's `Caption`, which validates the timestamps and settings.

Nothing here touches the database: `parse_subtitles` returns the cues or
raises a translated `ValidationError` naming the first bad line.
"""

import codecs
import io
import re
from dataclasses import dataclass, field

import webvtt
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from webvtt.errors import MalformedCaptionError
from webvtt.models import Caption, CueSettings

# Subtitle guidelines used by European broadcasters: two lines of at most 42
# characters, read at no more than 17 characters per second.
MAX_LINE_CHARACTERS = 42
MAX_CHARACTERS_PER_SECOND = 17

_BOMS = [
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]
# Bulgarian SRT files made on Windows are usually in Windows-1251 when they are not UTF-8.
FALLBACK_ENCODING = "cp1251"
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_SRT_TIMESTAMP = r"\d{1,3}:\d{1,2}:\d{1,2}[,.]\d{1,3}"
_VTT_TIMESTAMP = r"(?:\d{2,}:)?\d{2}:\d{2}\.\d{3}"
_SRT_TIMING = re.compile(rf"^\s*({_SRT_TIMESTAMP})\s*-->\s*({_SRT_TIMESTAMP})(?:\s+.*)?$")
_VTT_TIMING = re.compile(rf"^\s*({_VTT_TIMESTAMP})[ \t]+-->[ \t]+({_VTT_TIMESTAMP})(?:[ \t]+(.*))?$")
_VTT_HEADER = re.compile(r"^WEBVTT(?:[ \t].*)?$")
_VTT_SKIPPED_BLOCK = re.compile(r"^(?:NOTE|STYLE|REGION)(?:[ \t].*)?$")


class SubtitleFormat:
    SRT = "srt"
    VTT = "vtt"


@dataclass(frozen=True)
class Cue:
    """One subtitle: times in milliseconds, the plain text (tags removed) and its text as written."""

    start_ms: int
    end_ms: int
    text: str
    raw_text: str = ""
    line: int = 0


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


def format_timestamp(milliseconds, *, separator="."):
    """00:01:23.500 (WebVTT) or 00:01:23,500 (SubRip) for a time in milliseconds."""
    hours, rest = divmod(int(milliseconds), 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}{separator}{millis:03d}"


def _invalid(message, *, code, line, **params):
    return ValidationError(message, code=code, params={"line": line, **params})


def decode_subtitles(data):
    """Return (text, encoding) of uploaded bytes: a BOM wins, then UTF-8, then Windows-1251.

    UTF-8 is tried strictly first because Windows-1251 accepts almost any byte
    sequence; text that is neither, or that holds control characters, is refused.
    """
    if not data.strip():
        raise ValidationError(_("The file is empty."), code="empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as error:
                raise _not_text(data[len(bom) :], error.start) from error
            break
    else:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            try:
                text, encoding = data.decode(FALLBACK_ENCODING), FALLBACK_ENCODING
            except UnicodeDecodeError as error:
                raise _not_text(data, error.start) from error
    control = _CONTROL_CHARACTERS.search(text)
    if control:
        line = text.count("\n", 0, control.start()) + 1
        raise _invalid(_("Line %(line)s: this is not a text file (it holds binary data)."), code="binary", line=line)
    return text, encoding


def _not_text(data, position):
    line = data.count(b"\n", 0, position) + 1
    return _invalid(
        _("Line %(line)s: the text is neither UTF-8 nor Windows-1251; save the file as UTF-8 and try again."),
        code="encoding",
        line=line,
    )


def _blocks(text):
    """Yield (first line number, lines) for each run of non-blank lines."""
    block, start = [], 0
    for number, line in enumerate(re.split(r"\r\n|\r|\n", text), start=1):
        if line.strip():
            if not block:
                start = number
            block.append(line.rstrip())
        elif block:
            yield start, block
            block = []
    if block:
        yield start, block


def detect_format(blocks):
    """SubRip or WebVTT, from the first block; anything else is refused at its first line."""
    if not blocks:
        raise ValidationError(_("The file is empty."), code="empty")
    start, lines = blocks[0]
    if lines[0].startswith("WEBVTT"):
        if not _VTT_HEADER.match(lines[0]):
            raise _invalid(
                _("Line %(line)s: a WebVTT file must start with the word WEBVTT on a line of its own."),
                code="header",
                line=start,
            )
        return SubtitleFormat.VTT
    if any("-->" in line for line in lines[:2]):
        return SubtitleFormat.SRT
    raise _invalid(
        _("Line %(line)s: this is neither a SubRip (.srt) nor a WebVTT (.vtt) subtitle file."),
        code="format",
        line=start,
    )


def _caption(start_text, end_text, text_lines, *, settings, line):
    try:
        return Caption(
            start_text.replace(",", "."),
            end_text.replace(",", "."),
            text_lines,
            settings=CueSettings.from_string(settings or "", strict=True),
        )
    except MalformedCaptionError as error:
        raise _bad_timing(line, f"{start_text} --> {end_text} {settings or ''}".strip()) from error


def _bad_timing(line, timing):
    return _invalid(
        _('Line %(line)s: "%(timing)s" is not a cue timing such as 00:01:02,500 --> 00:01:04,000.'),
        code="timing",
        line=line,
        timing=timing[:80],
    )


def _not_a_cue(line):
    return _invalid(
        _(
            "Line %(line)s: expected a cue number or a timing line here. "
            "A blank line inside a subtitle ends it; remove the blank line or the stray text."
        ),
        code="garbage",
        line=line,
    )


def _srt_captions(blocks):
    for start, lines in blocks:
        if "-->" in lines[0]:
            timing_index = 0
        elif len(lines) > 1 and lines[0].strip().isdigit() and "-->" in lines[1]:
            timing_index = 1
        else:
            raise _not_a_cue(start)
        line = start + timing_index
        match = _SRT_TIMING.match(lines[timing_index])
        if not match:
            raise _bad_timing(line, lines[timing_index])
        text_lines = lines[timing_index + 1 :]
        yield line, _caption(match.group(1), match.group(2), text_lines, settings="", line=line)


def _vtt_captions(blocks):
    for start, lines in blocks[1:]:
        if _VTT_SKIPPED_BLOCK.match(lines[0]) and not any("-->" in text for text in lines[:2]):
            continue
        if "-->" in lines[0]:
            timing_index = 0
        elif len(lines) > 1 and "-->" in lines[1]:
            timing_index = 1
        else:
            raise _not_a_cue(start)
        line = start + timing_index
        match = _VTT_TIMING.match(lines[timing_index])
        if not match:
            raise _bad_timing(line, lines[timing_index])
        text_lines = lines[timing_index + 1 :]
        if any("-->" in text for text in text_lines):
            raise _invalid(
                _("Line %(line)s: a cue's text cannot contain -->; is a blank line missing before a timing?"),
                code="arrow",
                line=line + 1 + next(i for i, text in enumerate(text_lines) if "-->" in text),
            )
        yield line, _caption(match.group(1), match.group(2), text_lines, settings=match.group(3), line=line)


def _check_times(cues, *, duration):
    previous = None
    limit_ms = None if duration is None else round(duration.total_seconds() * 1000)
    for cue in cues:
        if cue.end_ms <= cue.start_ms:
            raise _invalid(
                _("Line %(line)s: the cue ends (%(end)s) before or when it starts (%(start)s)."),
                code="reversed",
                line=cue.line,
                start=format_timestamp(cue.start_ms),
                end=format_timestamp(cue.end_ms),
            )
        if previous is not None and cue.start_ms < previous.end_ms:
            raise _invalid(
                _("Line %(line)s: the cue starts at %(start)s, before the previous cue ends at %(previous_end)s."),
                code="overlap",
                line=cue.line,
                start=format_timestamp(cue.start_ms),
                previous_end=format_timestamp(previous.end_ms),
            )
        if limit_ms is not None and cue.end_ms > limit_ms:
            raise _invalid(
                _("Line %(line)s: the cue ends at %(end)s, after the film's end at %(film_end)s."),
                code="past_end",
                line=cue.line,
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


def parse_subtitles(data, *, duration=None):
    """Decode, parse and check an uploaded .srt or .vtt file; return its cues and normalised WebVTT.

    `duration` (a timedelta) is the film's length; cues ending after it are refused.
    Raises ValidationError naming the first bad line.
    """
    text, encoding = decode_subtitles(data)
    blocks = list(_blocks(text))
    subtitle_format = detect_format(blocks)
    parse_blocks = _vtt_captions if subtitle_format == SubtitleFormat.VTT else _srt_captions
    cues, captions, skipped = [], [], []
    for line, caption in parse_blocks(blocks):
        if not caption.text.strip():
            skipped.append(SubtitleWarning(line, _("Line %(line)s: a cue without text was left out.") % {"line": line}))
            continue
        captions.append(caption)
        cues.append(
            Cue(
                start_ms=caption.start_time.in_milliseconds(),
                end_ms=caption.end_time.in_milliseconds(),
                text="\n".join(part.strip() for part in caption.text.split("\n") if part.strip()),
                raw_text=caption.raw_text,
                line=line,
            )
        )
    if not cues:
        raise ValidationError(_("The file holds no subtitles."), code="no_cues")
    _check_times(cues, duration=duration)
    return ParsedSubtitles(
        format=subtitle_format,
        encoding=encoding,
        cues=cues,
        webvtt=webvtt.WebVTT(captions=captions).content,
        warnings=skipped + cue_warnings(cues),
    )


def cues_to_srt(cues):
    """The SubRip text of cues (anything with start_ms, end_ms and plain text)."""
    captions = [Caption(format_timestamp(cue.start_ms), format_timestamp(cue.end_ms), cue.text) for cue in cues]
    output = io.StringIO()
    webvtt.WebVTT(captions=captions).write(output, format="srt")
    return output.getvalue() + "\n"
