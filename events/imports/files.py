"""An uploaded programme file: its size, its kind (read from its first bytes, not its name) and, for CSV, its text.

Spreadsheets are saved by Excel as UTF-8 with a byte order mark, as UTF-16 ("Unicode text") or, on Bulgarian
Windows, in Windows-1251; other 8-bit code pages are told apart by charset-normalizer.
"""

import codecs
import re

import charset_normalizer
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

# A programme of a thousand sessions with long descriptions fits in two megabytes.
MAX_IMPORT_BYTES = 2 * 1024 * 1024
MAX_ROWS = 1000
CSV, FRAB, PRETALX = "csv", "frab", "pretalx"
FORMAT_NAMES = {CSV: _("CSV table"), FRAB: _("frab schedule.xml"), PRETALX: _("pretalx schedule JSON")}

_BOMS = [
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]
# Code pages Bulgarian, Western and Central European spreadsheets are saved in, the likeliest first.
LEGACY_ENCODINGS = ["cp1251", "cp1252", "cp1250", "koi8_r", "iso8859_5"]
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_WORKBOOKS = [(b"PK\x03\x04", "xlsx/ods"), (b"\xd0\xcf\x11\xe0", "xls")]


def refuse(message, **params):
    return ValidationError(message, params=params or None)


def check_size(upload):
    if upload.size > MAX_IMPORT_BYTES:
        raise refuse(
            _("The file is %(size)s; the largest allowed is %(limit)s."),
            size=filesizeformat(upload.size),
            limit=filesizeformat(MAX_IMPORT_BYTES),
        )
    if not upload.size:
        raise refuse(_("The file is empty."))


def read_upload(upload):
    """The upload's bytes, read only up to the limit (the declared size of a chunked upload may lie)."""
    check_size(upload)
    data = b"".join(upload.chunks())
    if len(data) > MAX_IMPORT_BYTES:
        raise refuse(_("The file is larger than %(limit)s."), limit=filesizeformat(MAX_IMPORT_BYTES))
    return data


def file_format(data):
    """CSV, FRAB or PRETALX, from what the file starts with."""
    for signature, kind in _WORKBOOKS:
        if data.startswith(signature):
            raise refuse(
                _("This is a spreadsheet workbook (%(kind)s). Save it as “CSV UTF-8” and upload that."),
                kind=kind,
            )
    head = data[:64].lstrip(codecs.BOM_UTF8).lstrip()
    if head.startswith(b"<"):
        return FRAB
    if head.startswith((b"{", b"[")):
        return PRETALX
    return CSV


def decode_text(data):
    """The text of a CSV file: a byte order mark, then UTF-8, then the code page that reads best."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data[len(bom) :].decode(encoding))
            except UnicodeDecodeError as error:
                raise refuse(_("The file says it is %(encoding)s but is not."), encoding=encoding) from error
    if b"\x00" in data:
        raise refuse(_("This is not a text file. Save the table as “CSV UTF-8” and upload it again."))
    try:
        return _checked(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data, cp_isolation=LEGACY_ENCODINGS, explain=False).best()
    if best is None:
        raise refuse(_("The text is in no encoding the portal knows; save the file as “CSV UTF-8”."))
    return _checked(str(best))


def _checked(text):
    if _CONTROL.search(text):
        raise refuse(_("This is not a text file. Save the table as “CSV UTF-8” and upload it again."))
    return text
