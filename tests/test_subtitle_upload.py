"""Uploading a subtitle track in the admin as a moderator: a guessed encoding is shown before anything is stored."""

import re
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from core import roles
from films.models import SubtitleTrack
from tests.factories.films import FilmFactory
from tests.factories.portal import UserFactory, with_two_factor

pytestmark = pytest.mark.django_db

CORPUS = Path(__file__).parent / "data" / "subtitles"
ADD_TRACK = reverse("admin:films_subtitletrack_add")


@pytest.fixture
def moderator_client(client):
    """A member of the Moderator group, holding the films permissions a moderator works with."""
    group = Group.objects.get(name=roles.MODERATOR)
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="films",
            codename__in=[
                "view_film",
                "change_film",
                "add_subtitletrack",
                "change_subtitletrack",
                "view_subtitletrack",
            ],
        )
    )
    client.force_login(with_two_factor(roles.assign_role(user=UserFactory(), role=roles.MODERATOR)))
    return client


def track_form(film, **overrides):
    return {
        "film": film.pk,
        "language": "ro",
        "kind": "subtitles",
        "label": "Română (ediția 2)",
        "status": "draft",
        "encoding": "auto",
        "_save": "Save",
    } | overrides


def post(client, data):
    return client.post(ADD_TRACK, data, HTTP_ACCEPT_LANGUAGE="en").content.decode()


def pending_upload(html):
    return re.search(r'name="pending_upload" value="([^"]+)"', html).group(1)


def test_uncertain_encoding_is_previewed_with_its_candidates_and_the_form_kept(moderator_client):
    film = FilmFactory()
    upload = SimpleUploadedFile("ro-iso8859-16.srt", (CORPUS / "ro-iso8859-16.srt").read_bytes())

    html = post(moderator_client, track_form(film, subtitle_file=upload))

    assert SubtitleTrack.objects.count() == 0
    assert (
        "The encoding of this file could not be told for sure: it may be Windows-1250 (Central European: Polish, "
        "Czech, Hungarian, Romanian), ISO-8859-16 (South-Eastern European, Romanian)." in html
    )
    assert "ISO-8859-16 (South-Eastern European, Romanian): „Bună ziua, știți unde e gara?“" in html
    assert "<strong>00:00:00.000</strong> Bună ziua, ştiţi unde e gara?" in html
    assert 'name="confirm_encoding" value="cp1250"' in html
    assert 'value="Română (ediția 2)"' in html
    assert '<option value="iso8859_16">ISO-8859-16 (South-Eastern European, Romanian)</option>' in html
    assert "The file “ro-iso8859-16.srt” is kept while you correct the form" in html


def test_chosen_encoding_is_previewed_then_stored_once_confirmed(moderator_client):
    film = FilmFactory()
    upload = SimpleUploadedFile("ro-iso8859-16.srt", (CORPUS / "ro-iso8859-16.srt").read_bytes())
    first = post(moderator_client, track_form(film, subtitle_file=upload))

    # Choosing an encoding shows its text first, even with the old box ticked.
    chosen = track_form(film, encoding="iso8859_16", pending_upload=pending_upload(first), confirm_encoding="cp1250")
    second = post(moderator_client, chosen)

    assert SubtitleTrack.objects.count() == 0
    assert "The file was read as ISO-8859-16 (South-Eastern European, Romanian), as you chose." in second
    assert "<strong>00:00:00.000</strong> Bună ziua, știți unde e gara?" in second

    confirmed = track_form(
        film, encoding="iso8859_16", pending_upload=pending_upload(second), confirm_encoding="iso8859_16"
    )
    response = moderator_client.post(ADD_TRACK, confirmed)

    track = SubtitleTrack.objects.get()
    assert response.status_code == 302
    assert (track.label, track.source_filename, track.source_encoding) == (
        "Română (ediția 2)",
        "ro-iso8859-16.srt",
        "iso8859_16",
    )
    assert track.cues.first().text == "Bună ziua, știți unde e gara?"


def test_altered_pending_upload_counts_as_no_file(moderator_client):
    film = FilmFactory()
    upload = SimpleUploadedFile("ro-iso8859-16.srt", (CORPUS / "ro-iso8859-16.srt").read_bytes())
    token = pending_upload(post(moderator_client, track_form(film, subtitle_file=upload)))

    html = post(moderator_client, track_form(film, pending_upload=token[:-3] + "abc", confirm_encoding="cp1250"))

    assert "Upload the subtitle file for this track." in html
    assert SubtitleTrack.objects.count() == 0


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("picture.srt", "This is a PNG file, not subtitles."),
        ("bom-only.srt", "The file holds only a byte order mark (UTF-8) and no subtitles."),
        ("broken.vtt", "Line 9: &quot;00:00:61.000 --&gt; 00:00:62.000&quot; is not a cue timing"),
    ],
)
def test_unusable_file_is_refused_with_its_message(moderator_client, name, message):
    upload = SimpleUploadedFile(name, (CORPUS / name).read_bytes())

    html = post(moderator_client, track_form(FilmFactory(), language="en", subtitle_file=upload))

    assert message in html
    assert SubtitleTrack.objects.count() == 0
