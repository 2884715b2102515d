"""Turning an uploaded subtitle file's bytes into text, saying how sure the decoding is.

A byte order mark or valid UTF-8 settles the encoding. Anything else is one of the 8-bit code pages
subtitle tools still write, and those accept almost any bytes, so a wrong guess silently garbles
every accented letter. The track's language narrows the code pages to those its writers use; the
candidates that decode to different text are ranked by charset-normalizer, and when it cannot tell
them apart the uploader chooses, having seen the text.
"""

import codecs
import re
import unicodedata
from dataclasses import dataclass

import charset_normalizer
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

AUTO = "auto"

# Longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]

# The encodings an uploader may choose, with the languages that use them.
ENCODING_NAMES = {
    "utf-8": _("UTF-8"),
    "cp1251": _("Windows-1251 (Cyrillic: Bulgarian, Russian)"),
    "koi8_r": _("KOI8-R (Cyrillic, Russian)"),
    "iso8859_5": _("ISO-8859-5 (Cyrillic)"),
    "cp1252": _("Windows-1252 (Western European: English, French, Italian, Portuguese, Spanish, German)"),
    "iso8859_15": _("ISO-8859-15 (Western European with the euro sign)"),
    "latin_1": _("ISO-8859-1 (Western European)"),
    "cp1250": _("Windows-1250 (Central European: Polish, Czech, Hungarian, Romanian)"),
    "iso8859_2": _("ISO-8859-2 (Central European)"),
    "iso8859_16": _("ISO-8859-16 (South-Eastern European, Romanian)"),
    "cp1253": _("Windows-1253 (Greek)"),
    "iso8859_7": _("ISO-8859-7 (Greek)"),
    "utf-16-le": _("UTF-16 LE"),
    "utf-16-be": _("UTF-16 BE"),
    "utf-32-le": _("UTF-32 LE"),
    "utf-32-be": _("UTF-32 BE"),
}
WIDE_ENCODINGS = ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")
CYRILLIC = ("cp1251", "koi8_r", "iso8859_5")
WESTERN = ("cp1252", "iso8859_15", "latin_1")
CENTRAL = ("cp1250", "iso8859_2")
ROMANIAN = ("cp1250", "iso8859_16", "iso8859_2")
GREEK = ("cp1253", "iso8859_7")
# The code pages a track's language is written in, most common first.
LANGUAGE_ENCODINGS = {
    "bg": CYRILLIC,
    "ru": CYRILLIC,
    "uk": CYRILLIC,
    "en": WESTERN,
    "fr": WESTERN,
    "it": WESTERN,
    "pt": WESTERN,
    "es": WESTERN,
    "de": WESTERN,
    "pl": CENTRAL,
    "cs": CENTRAL,
    "sk": CENTRAL,
    "hu": CENTRAL,
    "hr": CENTRAL,
    "sl": CENTRAL,
    "ro": ROMANIAN,
    "el": GREEK,
}
LEGACY_ENCODINGS = tuple(dict.fromkeys(CYRILLIC + WESTERN + CENTRAL + ROMANIAN + GREEK))
# C0 controls other than tab, line feed, form feed and carriage return: no text file holds them.
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# The C1 controls too, which 8-bit ISO encodings give bytes 0x80-0x9F: a code page that makes them is the wrong one.
_CONTROL_OR_C1 = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
# charset-normalizer's "chaos" (0 = reads like text) within which two decodings count as equally likely,
# and by which a code page of another language must beat the track language's before it is offered.
CHAOS_MARGIN = 0.05
FOREIGN_CHAOS_MARGIN = 0.2
_MIXED_SCRIPTS = re.compile(r"[A-Za-z][\u0370-\u04ff]|[\u0370-\u04ff][A-Za-z]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_USUAL_PUNCTUATION = set("\u00a0’‘‚“”„«»‹›–—…€•·°§©®™")
LANGUAGE_SCRIPTS = dict.fromkeys(("bg", "ru", "uk"), "CYRILLIC") | {"el": "GREEK"}
LANGUAGE_SCRIPTS |= {language: "LATIN" for language in LANGUAGE_ENCODINGS if language not in LANGUAGE_SCRIPTS}

# Magic numbers of the files most often renamed to .srt or .vtt by mistake.
_SIGNATURES = [
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF8", "GIF"),
    (b"%PDF", "PDF"),
    (b"PK\x03\x04", "ZIP"),
    (b"\x1a\x45\xdf\xa3", "WebM/Matroska"),
    (b"Rar!", "RAR"),
    (b"\x1f\x8b", "gzip"),
    (b"7z\xbc\xaf", "7-Zip"),
    (b"\xd0\xcf\x11\xe0", "Microsoft Office"),
]


@dataclass(frozen=True)
class DecodedText:
    """The text of an upload and how its encoding was decided.

    `certain`: a byte order mark or valid UTF-8 decided it. Otherwise the encoding was detected or
    `chosen` by the uploader, and `candidates` lists every encoding that gave a plausible, different
    text, the one used first: more than one means the detector could not tell.
    """

    text: str
    encoding: str
    certain: bool
    chosen: bool = False
    candidates: tuple = ()

    @property
    def uncertain(self):
        return len(self.candidates) > 1


def encoding_name(encoding):
    return str(ENCODING_NAMES.get(encoding, encoding))


def _line_of(data, position, *, unit=1):
    return data[:position].count(b"\n" + b"\x00" * (unit - 1)) + 1


def _refuse(message, code, **params):
    return ValidationError(message, code=code, params=params or None)


def _check_not_binary(data):
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            raise _refuse(
                _("This is a %(kind)s file, not subtitles. Upload a SubRip (.srt) or WebVTT (.vtt) text file."),
                "binary",
                kind=kind,
            )
    if data[4:8] == b"ftyp":
        raise _refuse(
            _("This is a %(kind)s file, not subtitles. Upload a SubRip (.srt) or WebVTT (.vtt) text file."),
            "binary",
            kind="MP4",
        )
    nul = data.find(b"\x00")
    if nul >= 0:
        raise _refuse(
            _(
                "Line %(line)s: this is not a text file (it holds binary data). If it is UTF-16 text, "
                "save it as UTF-8 or with a byte order mark."
            ),
            "binary",
            line=_line_of(data, nul),
        )


def _check_text(text):
    control = _CONTROL_CHARACTERS.search(text)
    if control:
        line = text.count("\n", 0, control.start()) + 1
        raise _refuse(_("Line %(line)s: this is not a text file (it holds binary data)."), "binary", line=line)
    return text


def _plausible(data, encoding):
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    return None if _CONTROL_OR_C1.search(text) else text


def _oddities(text, script):
    """How many characters outside ASCII are neither usual punctuation nor letters of `script` (any if empty).

    A Cyrillic or Greek letter touching a Latin one (a Western file read in a Cyrillic code page) counts too.
    """
    count = len(_MIXED_SCRIPTS.findall(text))
    for character in _NON_ASCII.findall(text):
        if character in _USUAL_PUNCTUATION:
            continue
        if not unicodedata.category(character).startswith("L"):
            count += 1
        elif script and not unicodedata.name(character, "").startswith(script):
            count += 1
    return count


def _ranked(data, encodings, *, script=""):
    """The encodings that give readable, distinct texts, most likely first, as (encoding, (oddities, chaos)).

    charset-normalizer's chaos alone misjudges short texts (a Polish ISO-8859-2 file reads "better" as
    Windows-1250 with "±" for "ą"), so stray symbols and letters of another script count first.
    """
    texts = {}
    for encoding in encodings:
        text = _plausible(data, encoding)
        if text is not None and text not in texts.values():
            texts[encoding] = text
    if len(texts) < 2:
        return [(encoding, (0, 0.0)) for encoding in texts], texts
    matches = charset_normalizer.from_bytes(data, cp_isolation=list(texts), explain=False)
    # An encoding charset-normalizer drops reads as gibberish: last, though the uploader may still want it.
    chaos = dict.fromkeys(texts, 1.0) | {match.encoding: match.chaos for match in matches}
    scores = {encoding: (_oddities(text, script), chaos[encoding]) for encoding, text in texts.items()}
    order = sorted(texts, key=lambda encoding: scores[encoding])
    return [(encoding, scores[encoding]) for encoding in order], texts


def _reads_better(score, other):
    """Whether (oddities, chaos) `score` is clearly better than `other`."""
    return score[0] < other[0] or (score[0] == other[0] and score[1] + FOREIGN_CHAOS_MARGIN < other[1])


def _detect(data, *, language):
    hinted = LANGUAGE_ENCODINGS.get(language, ())
    ranked, texts = _ranked(data, hinted or LEGACY_ENCODINGS, script=LANGUAGE_SCRIPTS.get(language, ""))
    if hinted:
        # A file in another language's code page (a French file on a Bulgarian track) reads far better
        # in that code page: offer it too.
        others, other_texts = _ranked(data, [e for e in LEGACY_ENCODINGS if e not in hinted])
        if others and (not ranked or _reads_better(others[0][1], ranked[0][1])):
            if other_texts[others[0][0]] not in texts.values():
                ranked.append(others[0])
                texts[others[0][0]] = other_texts[others[0][0]]
                ranked.sort(key=lambda candidate: candidate[1])
    if not ranked:
        raise _refuse(
            _("The text is in no encoding the portal knows; save the file as UTF-8 and upload it again."),
            "encoding",
        )
    best_oddities, best_chaos = ranked[0][1]
    close = tuple(
        encoding
        for encoding, (oddities, chaos) in ranked
        if oddities == best_oddities and chaos <= best_chaos + CHAOS_MARGIN
    )
    encoding = ranked[0][0]
    return DecodedText(text=texts[encoding], encoding=encoding, certain=False, candidates=close)


def _decode_chosen(data, encoding):
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        raise _refuse(
            _("Line %(line)s: this file cannot be read as %(encoding)s; choose another encoding."),
            "encoding",
            line=_line_of(data, error.start),
            encoding=encoding_name(encoding),
        ) from error
    return DecodedText(_check_text(text), encoding, certain=False, chosen=True)


def decode_subtitles(data, *, language="", encoding=AUTO):
    """The text of uploaded bytes: a byte order mark wins, then UTF-8, then `encoding` or detection.

    Raises ValidationError for an empty file, a file holding only a byte order mark, a binary
    file, or bytes the chosen encoding cannot read.
    """
    if not data.strip():
        raise _refuse(_("The file is empty."), "empty")
    for bom, bom_encoding in _BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            unit = 4 if "32" in bom_encoding else 2 if "16" in bom_encoding else 1
            try:
                text = body.decode(bom_encoding)
            except UnicodeDecodeError as error:
                raise _refuse(
                    _("Line %(line)s: the file starts with a %(encoding)s byte order mark but is not %(encoding)s."),
                    "encoding",
                    line=_line_of(body, error.start, unit=unit),
                    encoding=encoding_name(bom_encoding),
                ) from error
            if not text.strip():
                raise _refuse(
                    _("The file holds only a byte order mark (%(encoding)s) and no subtitles."),
                    "bom_only",
                    encoding=encoding_name(bom_encoding),
                )
            return DecodedText(_check_text(text), bom_encoding, certain=True)
    if encoding in WIDE_ENCODINGS:
        # UTF-16 or UTF-32 without a byte order mark: full of zero bytes, which would count as binary.
        return _decode_chosen(data, encoding)
    _check_not_binary(data)
    try:
        return DecodedText(_check_text(data.decode("utf-8")), "utf-8", certain=True)
    except UnicodeDecodeError as error:
        utf8_error = error
    if encoding and encoding != AUTO:
        return _decode_chosen(data, encoding)
    try:
        return _detect(data, language=language)
    except ValidationError as error:
        raise error from utf8_error
