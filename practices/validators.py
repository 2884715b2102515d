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
        with zipfile.ZipFile(file) as package:
            names = set(package.namelist())
            if "mimetype" in names and package.read("mimetype").strip() == ODT_MIMETYPE:
                return DocumentFormat.ODT
            if "[Content_Types].xml" in names:
                for document_format, marker in ZIP_MARKERS.items():
                    if marker in names:
                        return document_format
    except (zipfile.BadZipFile, KeyError, OSError):
        return None
    finally:
        file.seek(0)
    return None


def validate_document_content(file):
    if file and detect_document_format(file) is None:
        raise ValidationError(
            _("This file is not a PDF, DOCX, ODT or XLSX document. Check the file and upload it again."),
            code="unsupported_document",
        )


def validate_document_size(file):
    MaxFileSizeValidator(settings.MAX_DOCUMENT_UPLOAD_BYTES)(file)
