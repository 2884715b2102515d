"""Language editions of one document: each page offers the others, with hreflang; the admin checks the link."""

import re

import pytest
from django.urls import reverse

from core.enums import PublicationStatus
from practices.enums import DocumentLanguage
from practices.models import Document
from tests.factories.practices import DocumentFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editions():
    """A Bulgarian report and its English edition."""
    bulgarian = DocumentFactory(
        title_bg="Доклад за деинституционализацията",
        title_en="Report on deinstitutionalisation (Bulgarian edition)",
        language=DocumentLanguage.BULGARIAN,
    )
    english = DocumentFactory(
        title_bg="Доклад за деинституционализацията (английско издание)",
        title_en="Report on deinstitutionalisation",
        language=DocumentLanguage.ENGLISH,
        original=bulgarian,
    )
    return bulgarian, english


@pytest.mark.parametrize(
    ("language", "heading", "label"),
    [("bg", "Документът на други езици:", "Английски"), ("en", "This document in other languages:", "English")],
)
def test_the_bulgarian_edition_offers_the_english_one_with_hreflang(client, editions, language, heading, label):
    bulgarian, english = editions

    page = client.get(f"/{language}/documents/{bulgarian.slug}/").content.decode()

    assert heading in page
    link = re.search(rf'<a href="/{language}/documents/{english.slug}/" hreflang="en">([^<]+)</a>\s*\(([^)]+)\)', page)
    assert link is not None
    assert link.group(2) == label


def test_the_english_edition_offers_the_bulgarian_one_with_hreflang(client, editions):
    bulgarian, english = editions

    page = client.get(f"/en/documents/{english.slug}/").content.decode()

    title = "Report on deinstitutionalisation (Bulgarian edition)"
    assert f'<a href="/en/documents/{bulgarian.slug}/" hreflang="bg">{title}</a>' in page


def test_editions_offer_each_other_but_not_drafts(client, editions):
    bulgarian, english = editions
    italian = DocumentFactory(language=DocumentLanguage.ITALIAN, original=bulgarian)
    draft = DocumentFactory(language=DocumentLanguage.FRENCH, original=bulgarian, status=PublicationStatus.DRAFT)

    page = client.get(f"/en/documents/{english.slug}/").content.decode()

    assert f'href="/en/documents/{bulgarian.slug}/" hreflang="bg"' in page
    assert f'href="/en/documents/{italian.slug}/" hreflang="it"' in page
    assert draft.slug not in page


def test_a_document_without_editions_offers_none(client):
    document = DocumentFactory()

    page = client.get(f"/en/documents/{document.slug}/").content.decode()

    assert "This document in other languages:" not in page


@pytest.mark.parametrize("count", [1, 4])
def test_document_page_queries_flat_as_editions_grow(client, django_assert_num_queries, count):
    first = DocumentFactory(language=DocumentLanguage.BULGARIAN)
    languages = [DocumentLanguage.ENGLISH, DocumentLanguage.ITALIAN, DocumentLanguage.FRENCH, DocumentLanguage.POLISH]
    for language in languages[:count]:
        DocumentFactory(language=language, original=first)

    # session-less visitor: document, themes, tags, practices, editions, site settings
    with django_assert_num_queries(6):
        response = client.get(f"/en/documents/{first.slug}/")

    assert len(response.context["language_versions"]) == count


def admin_form(document, **overrides):
    return {
        "title_bg": document.title_bg,
        "title_en": document.title_en,
        "slug": document.slug,
        "status": document.status,
        "document_type": document.document_type,
        "language": document.language,
        "original": "",
        "external_url": "https://example.org/report.pdf",
        "_save": "Save",
        **overrides,
    }


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("bg", "Изданието трябва да е на друг език, различен от този на документа, чието издание е."),
        ("en", "An edition is in another language than the document it is an edition of."),
    ],
)
def test_moderator_cannot_link_an_edition_in_the_same_language(moderator_client, language, message):
    first = DocumentFactory(language=DocumentLanguage.BULGARIAN)
    other = DocumentFactory(language=DocumentLanguage.BULGARIAN, file="", external_url="https://example.org/a.pdf")

    response = moderator_client.post(
        reverse("admin:practices_document_change", args=[other.pk]),
        admin_form(other, original=str(first.pk), title_en="Typed and kept"),
        HTTP_ACCEPT_LANGUAGE=language,
    )

    assert response.status_code == 200
    assert message in response.content.decode()
    assert 'value="Typed and kept"' in response.content.decode()
    other.refresh_from_db()
    assert other.original is None


def test_moderator_links_the_english_edition_in_the_admin(moderator_client):
    first = DocumentFactory(language=DocumentLanguage.BULGARIAN)
    english = DocumentFactory(language=DocumentLanguage.ENGLISH, file="", external_url="https://example.org/en.pdf")

    response = moderator_client.post(
        reverse("admin:practices_document_change", args=[english.pk]), admin_form(english, original=str(first.pk))
    )

    assert response.status_code == 302
    assert Document.objects.get(pk=english.pk).original == first


def test_an_edition_cannot_be_the_first_edition_of_another(moderator_client, editions):
    bulgarian, english = editions
    italian = DocumentFactory(language=DocumentLanguage.ITALIAN, file="", external_url="https://example.org/it.pdf")

    response = moderator_client.post(
        reverse("admin:practices_document_change", args=[italian.pk]), admin_form(italian, original=str(english.pk))
    )

    assert response.status_code == 200
    assert (
        "Изберете първото издание: „Доклад за деинституционализацията (английско издание)“ е издание на друг документ."
        in response.content.decode()
    )
