"""Uploaded documents are recognised by what they contain, never by the name they arrive with."""

import zipfile

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from core.validators import MaxFileSizeValidator
from practices.enums import DocumentFormat

# The member that only each office format's package holds.
ZIP_MARKERS = {
    DocumentFormat.DOCX: "word/document.xml",
    DocumentFormat.XLSX: "xl/workbook.xml",
}
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"

# What an office package may declare before anything in it is read. Real documents stay far below these: text
# compresses about tenfold, pictures hardly at all. A "zip bomb" declares gigabytes in a few kilobytes.
MAX_PACKAGE_MEMBERS = 10_000
MAX_MEMBER_BYTES = 256 * 1024 * 1024
MAX_PACKAGE_BYTES = 512 * 1024 * 1024
MAX_COMPRESSION_RATIO = 200


def _declared_member_count(file):
    """How many members the package's end record declares, read before `zipfile` builds an entry for each."""
    file.seek(0, 2)
    size = file.tell()
    file.seek(max(0, size - 65_536 - 22))
    tail = file.read()
    end = tail.rfind(b"PK\x05\x06")
    if end < 0 or len(tail) < end + 12:
        return None
    return int.from_bytes(tail[end + 10 : end + 12], "little")


def _is_plausible_package(package):
    """Whether the sizes the package declares are those of a document rather than of a decompression bomb."""
    members = package.infolist()
    if len(members) > MAX_PACKAGE_MEMBERS:
        return False
    total = 0
    for member in members:
        if member.file_size > MAX_MEMBER_BYTES:
            return False
        if member.file_size > 1024 * 1024 and member.file_size > MAX_COMPRESSION_RATIO * max(member.compress_size, 1):
            return False
        total += member.file_size
    return total <= MAX_PACKAGE_BYTES


def detect_document_format(file):
    """Return the DocumentFormat of `file` read from its bytes, or None when it is none of them."""
    file.seek(0)
    head = file.read(8)
    file.seek(0)
    if head.startswith(b"%PDF-"):
        return DocumentFormat.PDF
    if not head.startswith(b"PK\x03\x04"):
        return None
    try:
        count = _declared_member_count(file)
        if count is None or count > MAX_PACKAGE_MEMBERS:
            return None
        with zipfile.ZipFile(file) as package:
            if not _is_plausible_package(package):
                return None
            names = set(package.namelist())
            if "mimetype" in names and _read_start(package, "mimetype").strip() == ODT_MIMETYPE:
                return DocumentFormat.ODT
            if "[Content_Types].xml" in names:
                for document_format, marker in ZIP_MARKERS.items():
                    if marker in names:
                        return document_format
    except (zipfile.BadZipFile, zipfile.LargeZipFile, KeyError, OSError, EOFError, NotImplementedError, ValueError):
        return None
    finally:
        file.seek(0)
    return None


def _read_start(package, name):
    """The first bytes of member `name`, never more, whatever size the member claims or expands to."""
    with package.open(name) as member:
        return member.read(len(ODT_MIMETYPE) + 16)


def validate_document_content(file):
    if file and detect_document_format(file) is None:
        raise ValidationError(
            _("This file is not a PDF, DOCX, ODT or XLSX document. Check the file and upload it again."),
            code="unsupported_document",
        )


def validate_document_size(file):
    MaxFileSizeValidator(settings.MAX_DOCUMENT_UPLOAD_BYTES)(file)
