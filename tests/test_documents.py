import io
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files import File
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from core.enums import PublicationStatus
from practices.enums import DocumentFormat
from practices.models import Document
from practices.services import save_document
from practices.validators import detect_document_format, validate_document_content, validate_document_size
from tests.factories.practices import MINIMAL_PDF, DocumentFactory


def url(name, language="bg", **kwargs):
    with translation.override(language):
        return reverse(f"practices:{name}", kwargs=kwargs or None)


def office_package(members):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        for name, content in members.items():
            package.writestr(name, content)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (MINIMAL_PDF, DocumentFormat.PDF),
        (office_package({"[Content_Types].xml": "<Types/>", "word/document.xml": "<w/>"}), DocumentFormat.DOCX),
        (office_package({"[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<x/>"}), DocumentFormat.XLSX),
        (office_package({"mimetype": "application/vnd.oasis.opendocument.text"}), DocumentFormat.ODT),
    ],
)
def test_document_format_is_recognised_from_content_whatever_the_name(content, expected):
    upload = SimpleUploadedFile("named-wrongly.bin", content)

    assert detect_document_format(upload) == expected


def test_renamed_executable_is_refused_with_a_translated_message():
    upload = SimpleUploadedFile("report.pdf", b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 64)

    with translation.override("bg"), pytest.raises(ValidationError) as error:
        validate_document_content(upload)

    assert error.value.messages == [
        "Този файл не е документ във формат PDF, DOCX, ODT или XLSX. Проверете файла и го качете отново."
    ]


def test_zip_that_is_not_an_office_document_is_refused():
    upload = SimpleUploadedFile("table.xlsx", office_package({"notes.txt": "hello"}))

    with pytest.raises(ValidationError):
        validate_document_content(upload)


def test_file_over_50_megabytes_is_refused_naming_both_sizes(tmp_path):
    path = tmp_path / "big.pdf"
    with path.open("wb") as handle:
        handle.truncate(51 * 1024 * 1024)

    with path.open("rb") as handle, pytest.raises(ValidationError) as error:
        validate_document_size(File(handle, name="big.pdf"))

    assert error.value.messages == ["Файлът е 51,0\xa0МБ; най-големият допустим размер е 50,0\xa0МБ."]


@pytest.mark.django_db
def test_document_needs_exactly_one_of_file_and_link():
    document = DocumentFactory.build(external_url="https://example.org/report.pdf")

    with pytest.raises(ValidationError) as error:
        document.full_clean()

    assert error.value.messages == ["Качете файл или дайте външна връзка – едното от двете, не и двете."]


@pytest.mark.django_db
def test_save_document_records_format_size_and_a_transliterated_slug():
    document = DocumentFactory.build(slug="", title_bg="Социалното коопериране", file_format="", file_size=None)

    save_document(document=document)

    document.refresh_from_db()
    assert (document.slug, document.file_format, document.file_size) == (
        "sotsialnoto-kooperirane",
        "pdf",
        len(MINIMAL_PDF),
    )


@pytest.mark.django_db
def test_download_counts_and_redirects_to_the_file(client):
    document = DocumentFactory()

    response = client.get(url("document-download", slug=document.slug))

    assert response["Location"] == document.file.url
    assert Document.objects.get(pk=document.pk).download_count == 1


@pytest.mark.django_db
def test_download_of_a_linked_document_goes_to_the_link(client):
    document = DocumentFactory(file="", file_format="", file_size=None, external_url="https://www.fuseproject.eu/")

    response = client.get(url("document-download", slug=document.slug))

    assert response["Location"] == "https://www.fuseproject.eu/"


@pytest.mark.django_db
@pytest.mark.parametrize(("language", "notice"), [("bg", "Документът е на език: Английски."), ("en", None)])
def test_document_detail_says_when_the_document_is_in_another_language(client, language, notice):
    document = DocumentFactory(language="en", title_en="FUSE paper")

    content = client.get(url("document-detail", language, slug=document.slug)).content.decode()

    if notice:
        assert notice in content
    else:
        assert "This document is written in" not in content


@pytest.mark.django_db
def test_document_list_filters_by_language_and_hides_drafts(client):
    DocumentFactory(title_en="English paper", language="en")
    DocumentFactory(title_en="Bulgarian handbook", language="bg")
    DocumentFactory(title_en="Draft paper", language="en", status=PublicationStatus.DRAFT)

    response = client.get(url("document-list", "en"), {"language": "en"})

    assert [document.title_en for document in response.context["documents"]] == ["English paper"]


@pytest.mark.django_db
def test_draft_document_is_not_found_for_the_public(client):
    document = DocumentFactory(status=PublicationStatus.DRAFT)

    assert client.get(url("document-detail", slug=document.slug)).status_code == 404
    assert client.get(url("document-download", slug=document.slug)).status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize("count", [5, 50])
def test_document_list_query_count_does_not_grow(client, django_assert_num_queries, count):
    DocumentFactory.create_batch(count)

    with django_assert_num_queries(6):
        client.get(url("document-list"))


def admin_document_data(upload, **overrides):
    return {
        "title_bg": "Наръчник",
        "title_en": "Handbook",
        "slug": "",
        "description_bg": "",
        "description_en": "",
        "status": PublicationStatus.PUBLISHED,
        "document_type": "handbook",
        "language": "bg",
        "file": upload,
        "external_url": "",
        "tags": "",
        **overrides,
    }


@pytest.mark.django_db
def test_admin_refuses_a_renamed_executable_and_keeps_what_was_typed(moderator_client):
    upload = SimpleUploadedFile("handbook.pdf", b"MZ\x90\x00" + b"\x00" * 200, content_type="application/pdf")

    response = moderator_client.post(reverse("admin:practices_document_add"), admin_document_data(upload))

    content = response.content.decode()
    assert "Този файл не е документ във формат PDF, DOCX, ODT или XLSX." in content
    assert 'value="Наръчник"' in content
    assert Document.objects.count() == 0


@pytest.mark.django_db
def test_admin_upload_of_a_pdf_records_format_size_and_slug(moderator_client):
    upload = SimpleUploadedFile("anything.bin", MINIMAL_PDF, content_type="application/octet-stream")

    moderator_client.post(reverse("admin:practices_document_add"), admin_document_data(upload))

    document = Document.objects.get()
    assert (document.slug, document.file_format, document.file_size) == ("narachnik", "pdf", len(MINIMAL_PDF))


@pytest.mark.django_db
@pytest.mark.parametrize("count", [5, 50])
def test_document_detail_query_count_does_not_grow(client, django_assert_num_queries, count):
    from tests.factories.portal import ThemeFactory
    from tests.factories.practices import PracticeFactory

    document = DocumentFactory(practices=PracticeFactory.create_batch(count))
    document.themes.set(ThemeFactory.create_batch(3))
    document.tags.set(["fuse", "policy"])

    with django_assert_num_queries(6):
        response = client.get(url("document-detail", "en", slug=document.slug))

    assert len(response.context["document"].published_practices) == count


# --- anonymous page cache ------------------------------------------------------


@pytest.mark.django_db
def test_document_list_second_anonymous_request_served_from_cache(client, django_assert_num_queries):
    DocumentFactory(status=PublicationStatus.PUBLISHED, title_bg="Кеширан документ")
    first = client.get(url("document-list"))

    with django_assert_num_queries(0):
        second = client.get(url("document-list"))

    assert "Кеширан документ" in first.content.decode()
    assert second.content == first.content


@pytest.mark.django_db
def test_save_document_retires_cached_document_pages(client, django_capture_on_commit_callbacks):
    document = DocumentFactory(status=PublicationStatus.PUBLISHED, title_bg="Старо заглавие")
    client.get(url("document-list"))
    client.get(document.get_absolute_url())
    document.title_bg = "Ново заглавие"

    with django_capture_on_commit_callbacks(execute=True):
        save_document(document=document)

    assert "Ново заглавие" in client.get(url("document-list")).content.decode()
    assert "Ново заглавие" in client.get(document.get_absolute_url()).content.decode()


@pytest.mark.django_db
def test_admin_document_delete_retires_cached_list(moderator_client, django_capture_on_commit_callbacks):
    from django.test import Client

    document = DocumentFactory(status=PublicationStatus.PUBLISHED, title_bg="Изтрит документ")
    anonymous = Client()
    assert "Изтрит документ" in anonymous.get(url("document-list")).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        moderator_client.post(reverse("admin:practices_document_delete", args=[document.pk]), {"post": "yes"})

    assert not Document.objects.filter(pk=document.pk).exists()
    assert "Изтрит документ" not in anonymous.get(url("document-list")).content.decode()
