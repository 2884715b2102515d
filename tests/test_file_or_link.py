"""Documents, films and session materials are an uploaded file or a link: the admin refuses the wrong mix."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from events.models import SessionMaterial
from films.models import Film
from practices.models import Document
from tests.factories.events import SessionFactory
from tests.factories.films import WEBM_HEADER
from tests.factories.practices import MINIMAL_PDF

pytestmark = pytest.mark.django_db

DOCUMENT_MESSAGE = "Качете файл или дайте външна връзка – едното от двете, не и двете."
FILM_MESSAGE = "Качете видеофайл или дайте адрес в YouTube или Vimeo (едно от двете)."


@pytest.fixture
def editor(moderator_client):
    """A member of the Moderator group, who adds documents and films."""
    return moderator_client


def document_form(**overrides):
    return {
        "title_bg": "Наръчник",
        "title_en": "Handbook",
        "slug": "",
        "status": "draft",
        "document_type": "handbook",
        "language": "bg",
        "tags": "",
        **overrides,
    }


@pytest.mark.parametrize(
    "upload",
    [
        {"file": "", "external_url": ""},
        {"external_url": "https://www.fuseproject.eu/handbook.pdf"},
    ],
    ids=["neither", "both"],
)
def test_document_admin_refuses_both_or_neither_with_the_translated_message(editor, upload):
    if "file" not in upload:
        upload["file"] = SimpleUploadedFile("handbook.pdf", MINIMAL_PDF, content_type="application/pdf")

    response = editor.post(reverse("admin:practices_document_add"), document_form(**upload))

    content = response.content.decode()
    assert DOCUMENT_MESSAGE in content
    assert 'value="Наръчник"' in content
    assert Document.objects.count() == 0


def test_document_admin_accepts_a_link_alone(editor):
    editor.post(reverse("admin:practices_document_add"), document_form(external_url="https://www.fuseproject.eu/"))

    assert Document.objects.get().external_url == "https://www.fuseproject.eu/"


def test_film_admin_refuses_a_file_and_an_address_together(editor):
    form = {
        "title_bg": "Млади и възрастни",
        "title_en": "Young and old",
        "slug": "young-and-old",
        "status": "draft",
        "duration": "00:01:00",
        "original_language": "en",
        "file": SimpleUploadedFile("film.webm", WEBM_HEADER, content_type="video/webm"),
        "external_url": "https://vimeo.com/123456",
        "subtitle_tracks-TOTAL_FORMS": "0",
        "subtitle_tracks-INITIAL_FORMS": "0",
        "subtitle_tracks-MIN_NUM_FORMS": "0",
        "subtitle_tracks-MAX_NUM_FORMS": "1000",
    }

    response = editor.post(reverse("admin:films_film_add"), form)

    assert FILM_MESSAGE in response.content.decode()
    assert Film.objects.count() == 0


def test_session_material_needs_a_file_or_a_link_and_may_have_both():
    session = SessionFactory()
    neither = SessionMaterial(session=session, kind="slides", title="Слайдове")
    both = SessionMaterial(session=session, kind="slides", title="Слайдове", file="m.pdf", url="https://example.org/")

    with pytest.raises(ValidationError) as refused:
        neither.validate_constraints()
    both.validate_constraints()

    assert refused.value.messages == ["Качете файл или посочете връзка."]
