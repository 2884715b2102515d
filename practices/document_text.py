"""The words inside an uploaded document (PDF, DOCX, ODT), for the site search.

The file is recognised and its archive sizes checked by `detect_document_format` first, as at upload; then at most
MAX_PAGES pages or MAX_XML_BYTES of the text member are read, so a large or hostile file costs a bounded time.
XML is not parsed: the tags are dropped and the entities unescaped, which leaves the text and cannot expand.
"""

import html
import logging
import re
import zipfile

from practices.enums import DocumentFormat
from practices.validators import detect_document_format

logger = logging.getLogger(__name__)

MAX_PAGES = 100
MAX_XML_BYTES = 8 * 1024 * 1024
MAX_CHARACTERS = 200_000
TEXT_MEMBERS = {DocumentFormat.DOCX: "word/document.xml", DocumentFormat.ODT: "content.xml"}
PARAGRAPH_END = re.compile(r"</(?:w:p|text:p|text:h)>|<(?:w:br|w:tab|text:line-break|text:tab)\b[^>]*>")
TAG = re.compile(r"<[^>]*>")


def document_text(document):
    """The text of the document's uploaded file, or "" when it has none or it cannot be read."""
    if not document.file:
        return ""
    try:
        with document.file.open("rb") as file:
            found = detect_document_format(file)
            if found == DocumentFormat.PDF:
                return _pdf_text(file)[:MAX_CHARACTERS]
            if found in TEXT_MEMBERS:
                return _xml_text(file, TEXT_MEMBERS[found])[:MAX_CHARACTERS]
    except Exception as error:  # a broken file is left out of the search, never breaks the save
        logger.warning("No text read from document %s: %r", document.pk, error)
    return ""


def _pdf_text(file):
    # Imported here: pypdf is ~27 MB that only the task worker, reading a new document's text, needs.
    from pypdf import PdfReader

    reader = PdfReader(file)
    return "\n".join(page.extract_text() or "" for page in reader.pages[:MAX_PAGES])


def _xml_text(file, member):
    with zipfile.ZipFile(file) as package, package.open(member) as xml:
        content = xml.read(MAX_XML_BYTES).decode("utf-8", errors="replace")
    return html.unescape(TAG.sub("", PARAGRAPH_END.sub("\n", content)))
