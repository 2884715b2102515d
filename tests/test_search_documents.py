"""The words inside uploaded documents (PDF, DOCX, ODT) are found by the site search, read by the worker after the
save rather than in the request that saves the document."""

import io
import zipfile

import pytest
from django.core.files.base import ContentFile
from django_tasks_db.models import DBTaskResult

from practices.models import DocumentText
from practices.tasks import read_document_text, read_unread_document_texts
from tests.factories.practices import DocumentFactory
from tests.searching import search

pytestmark = pytest.mark.django_db


@pytest.fixture
def indexed(django_capture_on_commit_callbacks):
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def database_tasks(settings):
    """Tasks wait for the worker, as in production (the tests' default backend runs them at once)."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def found(query):
    return [hit.title for hit in search(query, language="bg")]


def docx(text):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        package.writestr(
            "word/document.xml", f"<w:document><w:body><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:body></w:document>"
        )
    return buffer.getvalue()


def pdf(text):
    """A one-page PDF whose page says `text` in Helvetica (ASCII), with a correct cross-reference table."""
    stream = f"BT /F1 12 Tf 72 712 Td ({text}) Tj ET".encode()
    objects = [
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>",
        b"<</Length %d>>stream\n" % len(stream) + stream + b"\nendstream",
        b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>",
    ]
    out, offsets = io.BytesIO(), []
    out.write(b"%PDF-1.4\n")
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    start = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, start))
    return out.getvalue()


def test_words_in_an_uploaded_document_are_found(indexed):
    with indexed():
        DocumentFactory(title_bg="Наръчник", file=ContentFile(pdf("Blagoevgrad workshop handbook"), name="a.pdf"))
        DocumentFactory(
            title_bg="Доклад", language="bg", file=ContentFile(docx("Пилотиране в Кърджали"), name="b.docx"),
            file_format="docx",
        )  # fmt: skip

    assert found("workshop") == ["Наръчник"]
    assert found("кърджали") == ["Доклад"]


def test_the_file_is_read_by_the_worker_not_in_the_request_that_saves_it(indexed, database_tasks):
    with indexed():
        document = DocumentFactory(title_bg="Наръчник", file=ContentFile(pdf("Blagoevgrad workshop"), name="a.pdf"))

    # Saved and found by its title at once; the file waits for the worker.
    assert found("наръчник") == ["Наръчник"]
    assert found("workshop") == []
    assert [result.task_path.rsplit(".", 1)[1] for result in DBTaskResult.objects.ready()] == ["read_document_text"]

    read_document_text.call(document.pk)

    assert found("workshop") == ["Наръчник"]


def test_a_new_file_replaces_the_words_of_the_old_one_and_no_file_forgets_them(indexed):
    with indexed():
        document = DocumentFactory(
            title_bg="Доклад", language="bg", file=ContentFile(docx("Кърджали"), name="b.docx"), file_format="docx"
        )
    assert found("кърджали") == ["Доклад"]

    with indexed():
        document.file = ContentFile(docx("Смолян"), name="c.docx")
        document.save()
    assert (found("кърджали"), found("смолян")) == ([], ["Доклад"])

    with indexed():
        document.file = ""
        document.external_url = "https://example.org/doklad"
        document.save()
    assert (found("смолян"), DocumentText.objects.count()) == ([], 0)


def test_files_left_unread_are_read_by_the_periodic_sweep(indexed, database_tasks):
    with indexed():
        DocumentFactory(title_bg="Наръчник", file=ContentFile(pdf("Blagoevgrad workshop"), name="a.pdf"))
    DBTaskResult.objects.all().delete()  # the enqueued reading was lost

    read_unread_document_texts.call()
    read_unread_document_texts.call()  # the second finds nothing left to read

    assert found("workshop") == ["Наръчник"]
    assert DocumentText.objects.count() == 1
