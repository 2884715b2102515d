"""Hostile uploads are refused with a message before they reach Ghostscript, exhaust memory or give a 500.

Every hostile file is made here, in the test: a tiny EPS (Pillow would hand it to Ghostscript), a PNG whose
header claims 13000 × 13000 pixels (a decompression bomb), a truncated JPEG, a PNG whose compressed stream is
broken behind valid checksums, and office packages that expand to hundreds of megabytes.
"""

import functools
import io
import struct
import subprocess
import tracemalloc
import zipfile
import zlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.forms import MultiWidget
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from PIL import Image

from core import roles
from core.images import TOO_MANY_PIXELS_MESSAGE, sniff_image_format
from directory.models import Organisation, Profile
from events.models import Event
from news.models import NewsPost
from practices.models import Document
from practices.validators import detect_document_format
from tests.factories.portal import OrganisationFactory, UserFactory, VerifiedUserFactory, with_two_factor

pytestmark = pytest.mark.django_db

TINY_EPS = (
    b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\n%%EndComments\n"
    b"newpath 0 0 moveto 10 10 lineto stroke\nshowpage\n%%EOF\n"
)


def png_chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_claiming(width, height):
    """A valid-looking PNG of a few hundred bytes whose header claims `width` × `height` pixels."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    rows = zlib.compress(b"\x00" * 1024)
    return b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", header) + png_chunk(b"IDAT", rows) + png_chunk(b"IEND", b"")


def real_image(image_format="JPEG", size=(64, 48)):
    buffer = io.BytesIO()
    image = Image.effect_noise(size, 80).convert("RGB")
    image.save(buffer, format=image_format)
    return buffer.getvalue()


def truncated_jpeg():
    content = real_image("JPEG", (200, 150))
    return content[: len(content) // 2]


def png_with_broken_stream():
    """A PNG whose chunks all carry correct checksums but whose IDAT is not a valid zlib stream."""
    content = real_image("PNG", (64, 48))
    start = content.index(b"IDAT") - 4
    length = struct.unpack(">I", content[start : start + 4])[0]
    data = bytearray(content[start + 8 : start + 8 + length])
    data[2 : length // 2] = bytes(255 - byte for byte in data[2 : length // 2])
    broken = png_chunk(b"IDAT", bytes(data))
    return content[:start] + broken + content[start + 12 + length :]


HOSTILE_IMAGES = {
    "eps": ("picture.jpg", TINY_EPS, "invalid"),
    "truncated-jpeg": ("photo.jpg", truncated_jpeg(), "invalid"),
    "broken-png-stream": ("photo.png", png_with_broken_stream(), "invalid"),
    "bomb-png": ("small.png", png_claiming(13000, 13000), "pixels"),
    "png-over-limit": ("large.png", png_claiming(8000, 6000), "pixels"),
}


def expected_message(kind, language):
    with translation.override(language):
        if kind == "pixels":
            return gettext(TOO_MANY_PIXELS_MESSAGE) % {"limit": 40}
        return gettext("Upload a valid image. The file you uploaded was either not an image or a corrupted image.")


@pytest.fixture
def no_ghostscript(monkeypatch):
    """Fail the test if anything starts a program (Pillow runs Ghostscript through `subprocess`)."""

    def refuse(*args, **kwargs):
        raise AssertionError(f"a program was started: {args!r}")

    monkeypatch.setattr(subprocess, "Popen", refuse)
    monkeypatch.setattr(subprocess, "check_call", refuse)
    monkeypatch.setattr(subprocess, "run", refuse)


def escaped(text):
    return text.replace("×", "×").replace("'", "&#x27;").replace('"', "&quot;")


@pytest.mark.parametrize("language", ["bg", "en"])
@pytest.mark.parametrize("hostile", HOSTILE_IMAGES)
def test_hostile_avatar_is_refused_with_a_message_and_typed_fields_kept(client, no_ghostscript, language, hostile):
    name, content, kind = HOSTILE_IMAGES[hostile]
    user = VerifiedUserFactory()
    client.force_login(user)

    response = client.post(
        f"/{language}/profile/",
        {"display_name": "Мария", "bio": "Моята биография", "avatar": SimpleUploadedFile(name, content, "image/jpeg")},
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert escaped(expected_message(kind, language)) in html
    assert 'value="Мария"' in html
    assert "Моята биография" in html
    assert not Profile.objects.get(user=user).avatar


def test_pixel_limit_message_is_in_english_on_english_pages(client):
    client.force_login(VerifiedUserFactory())

    response = client.post(
        "/en/profile/", {"display_name": "Maria", "avatar": SimpleUploadedFile("a.png", png_claiming(13000, 13000))}
    )

    assert "The image has too many pixels: the largest allowed is 40 megapixels" in response.content.decode()


@pytest.mark.parametrize(
    ("image_format", "extension"), [("JPEG", "jpg"), ("PNG", "png"), ("WEBP", "png"), ("GIF", "jpg")]
)
def test_each_accepted_format_is_stored_whatever_its_name(client, image_format, extension):
    user = VerifiedUserFactory()
    client.force_login(user)
    upload = SimpleUploadedFile(f"named-wrongly.{extension}", real_image(image_format), "application/octet-stream")

    response = client.post("/en/profile/", {"display_name": "Maria", "avatar": upload})

    assert response.status_code == 302
    with Image.open(Profile.objects.get(user=user).avatar.path) as stored:
        assert stored.size == (256, 256)


def test_pixel_limit_is_a_setting(client, settings):
    settings.MAX_IMAGE_PIXELS = 1000
    user = VerifiedUserFactory()
    client.force_login(user)

    response = client.post(
        "/en/profile/", {"display_name": "Maria", "avatar": SimpleUploadedFile("a.jpg", real_image())}
    )

    assert "too many pixels" in response.content.decode()
    assert not Profile.objects.get(user=user).avatar


def test_content_decides_the_format_not_the_name():
    assert sniff_image_format(SimpleUploadedFile("photo.jpg", TINY_EPS)) is None
    assert sniff_image_format(SimpleUploadedFile("drawing.eps", real_image("PNG"))) == "PNG"


def test_pillow_in_the_web_process_cannot_open_eps_even_when_asked_without_formats(no_ghostscript):
    with pytest.raises(Image.UnidentifiedImageError):
        Image.open(io.BytesIO(TINY_EPS))

    assert not {"EPS", "PDF", "TIFF", "BMP"} & set(Image.OPEN)


# --- The admin: a Moderator uploads organisation logos, event covers, news covers and documents -----------------


@pytest.fixture
def moderator_client(client):
    user = UserFactory()
    roles.assign_role(user=user, role=roles.MODERATOR)
    client.force_login(with_two_factor(user))
    return client


def admin_form_data(client, url):
    """What the admin's add page would post untouched: every field's initial value and the inline management forms."""
    response = client.get(url)
    assert response.status_code == 200
    forms = [response.context["adminform"].form]
    for inline in response.context["inline_admin_formsets"]:
        forms.append(inline.formset.management_form)
    data = {}
    for form in forms:
        for bound in form:
            value = bound.value()
            widget = bound.field.widget
            if value is None or value is False:
                continue
            if isinstance(widget, MultiWidget):
                parts = value if isinstance(value, list) else widget.decompress(value)
                for suffix, part in zip(widget.widgets_names, parts, strict=True):
                    data[bound.html_name + suffix] = "" if part is None else str(part)
            elif value is True:
                data[bound.html_name] = "on"
            elif isinstance(value, (list, tuple)):
                data[bound.html_name] = [str(item) for item in value]
            else:
                data[bound.html_name] = str(value)
    return data


ADMIN_UPLOADS = {
    "organisation logo": (
        "admin:directory_organisation_add",
        "logo",
        {"name_bg": "Сдружение", "name_en": "Association", "slug": "sdruzhenie", "kind": "ngo", "country": "BG"},
        Organisation,
    ),
    "news cover": (
        "admin:news_newspost_add",
        "cover_image",
        {"title_bg": "Новина", "title_en": "News", "slug": "novina", "summary_bg": "Кратко", "body_bg": "Текст"},
        NewsPost,
    ),
    "event cover": (
        "admin:events_event_add",
        "cover",
        {
            "title_bg": "Събитие",
            "title_en": "Event",
            "slug": "sabitie",
            "event_type": "conference",
            "summary_bg": "Кратко",
            "start_0": "2030-05-12",
            "start_1": "10:00",
            "end_0": "2030-05-12",
            "end_1": "12:00",
        },
        Event,
    ),
}


@pytest.mark.parametrize("hostile", ["eps", "bomb-png", "broken-png-stream"])
@pytest.mark.parametrize("upload", ADMIN_UPLOADS)
def test_moderator_admin_image_upload_refuses_hostile_files(moderator_client, no_ghostscript, upload, hostile):
    url_name, field, typed, model = ADMIN_UPLOADS[upload]
    name, content, kind = HOSTILE_IMAGES[hostile]
    url = reverse(url_name)
    data = {**admin_form_data(moderator_client, url), **typed, field: SimpleUploadedFile(name, content)}

    response = moderator_client.post(url, data)

    html = response.content.decode()
    assert response.status_code == 200
    assert escaped(expected_message(kind, "bg")) in html
    assert f'value="{typed.get("title_bg") or typed["name_bg"]}"' in html
    assert model.objects.count() == 0


@pytest.mark.parametrize("upload", ADMIN_UPLOADS)
def test_moderator_admin_image_upload_accepts_a_real_image(moderator_client, upload):
    url_name, field, typed, model = ADMIN_UPLOADS[upload]
    url = reverse(url_name)
    if model is Event:
        typed = {**typed, "organiser": OrganisationFactory().pk}
    data = {**admin_form_data(moderator_client, url), **typed, field: SimpleUploadedFile("a.png", real_image("PNG"))}

    response = moderator_client.post(url, data)

    assert response.status_code == 302, response.context["adminform"].form.errors
    assert getattr(model.objects.get(), field)


# --- Office documents that expand far beyond their size ----------------------------------------------------------


def zip_bomb(member, *, megabytes, others=()):
    """An office package whose `member` expands to `megabytes` of zeros, written in chunks to spare the test."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as package:
        with package.open(member, "w", force_zip64=False) as stream:
            chunk = b"\x00" * (1024 * 1024)
            for _ in range(megabytes):
                stream.write(chunk)
        for name in others:
            package.writestr(name, "<x/>")
    return buffer.getvalue()


@functools.cache
def odt_bomb():
    """An ODT whose `mimetype` (a few dozen bytes in a real one) expands to 40 MB of zeros."""
    return zip_bomb("mimetype", megabytes=40)


@functools.cache
def docx_bomb():
    """A DOCX whose text expands to 64 MB of zeros (within the size limits, but compressed a thousandfold)."""
    return zip_bomb("word/document.xml", megabytes=64, others=["[Content_Types].xml"])


@pytest.mark.parametrize("bomb", [odt_bomb, docx_bomb], ids=["odt-mimetype", "docx-document"])
def test_office_package_that_expands_too_far_is_refused_without_being_read(bomb):
    upload = SimpleUploadedFile("report.odt", bomb())
    tracemalloc.start()

    detected = detect_document_format(upload)

    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert detected is None
    assert peak < 4 * 1024 * 1024


def test_moderator_admin_refuses_a_zip_bomb_document_and_keeps_the_typed_title(moderator_client):
    url = reverse("admin:practices_document_add")
    typed = {"title_bg": "Наръчник", "title_en": "Handbook", "document_type": "handbook", "language": "bg"}
    upload = SimpleUploadedFile("handbook.odt", odt_bomb(), "application/vnd.oasis.opendocument.text")
    data = {**admin_form_data(moderator_client, url), **typed, "file": upload}

    response = moderator_client.post(url, data)

    html = response.content.decode()
    assert response.status_code == 200
    assert "Този файл не е документ във формат PDF, DOCX, ODT или XLSX." in html
    assert 'value="Наръчник"' in html
    assert Document.objects.count() == 0
