import re
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from films.enums import TrackStatus
from films.models import Film, SubtitleTrack
from tests.factories.films import WEBM_HEADER, FilmFactory, SubtitleTrackFactory, make_srt

pytestmark = pytest.mark.django_db

GOOD_SRT = make_srt(["Добре дошли.", "Това е много дълъг ред, който трудно се чете на екрана.", "Довиждане."])
OVERLAPPING_SRT = "1\n00:00:01,000 --> 00:00:04,000\nПърви\n\n2\n00:00:03,000 --> 00:00:05,000\nВтори\n"


def film_form(subtitles=None, *, encoding="cp1251", **overrides):
    data = {
        "title_bg": "Млади и възрастни",
        "title_en": "Young and old",
        "slug": "young-and-old",
        "status": "draft",
        "duration": "00:01:00",
        "original_language": "en",
        "file": SimpleUploadedFile("film.webm", WEBM_HEADER, content_type="video/webm"),
        "subtitle_tracks-TOTAL_FORMS": "1" if subtitles is not None else "0",
        "subtitle_tracks-INITIAL_FORMS": "0",
        "subtitle_tracks-MIN_NUM_FORMS": "0",
        "subtitle_tracks-MAX_NUM_FORMS": "1000",
        "_save": "Save",
    }
    if subtitles is not None:
        data |= {
            "subtitle_tracks-0-language": "bg",
            "subtitle_tracks-0-kind": "subtitles",
            "subtitle_tracks-0-status": "draft",
            "subtitle_tracks-0-subtitle_file": SimpleUploadedFile("bg.srt", subtitles.encode(encoding)),
        }
    return data | overrides


def test_film_added_without_a_slug_gets_one_from_the_bulgarian_title(moderator_client):
    response = moderator_client.post(reverse("admin:films_film_add"), film_form(slug=""))

    assert response.status_code == 302
    assert Film.objects.get().slug == "mladi-i-vazrastni"


def test_film_with_the_same_title_gets_a_numbered_slug_and_a_typed_slug_is_kept(moderator_client):
    FilmFactory(title_bg="Млади и възрастни", slug="mladi-i-vazrastni")

    moderator_client.post(reverse("admin:films_film_add"), film_form(slug=""))
    moderator_client.post(reverse("admin:films_film_add"), film_form(slug="typed-by-hand", title_bg="Друго"))

    assert set(Film.objects.values_list("slug", flat=True)) == {
        "mladi-i-vazrastni",
        "mladi-i-vazrastni-2",
        "typed-by-hand",
    }


@pytest.mark.parametrize("language", ["bg", "en"])
def test_film_form_no_longer_fills_the_slug_from_the_english_title(moderator_client, language):
    html = moderator_client.get(reverse("admin:films_film_add"), HTTP_ACCEPT_LANGUAGE=language).content.decode()

    assert 'name="title_bg"' in html
    assert 'data-prepopulated-fields="[]"' in html  # nothing copies the English title into the slug
    assert not re.search(r'<input type="text" name="slug"[^>]*required', html)


def test_film_form_loads_the_upload_progress_module_and_its_texts(moderator_client):
    html = moderator_client.get(reverse("admin:films_film_add")).content.decode()

    assert '<script src="/static/js/films/admin_upload.js" type="module"></script>' in html
    assert re.search(r'<input type="file" name="file"[^>]* data-upload-progress', html)
    assert 'data-text-progress="Качени %(percent)s%%, остават около %(time)s"' in html


def pending_upload(html, prefix=""):
    """The signed copy of the upload that a preview keeps in its hidden field."""
    return re.search(rf'name="{prefix}pending_upload" value="([^"]+)"', html).group(1)


def test_film_with_a_track_in_utf8_is_saved_at_once(moderator_client):
    moderator_client.post(reverse("admin:films_film_add"), film_form(GOOD_SRT, encoding="utf-8"))

    track = Film.objects.get(slug="young-and-old").subtitle_tracks.get()
    assert (track.source_encoding, track.cues.count()) == ("utf-8", 3)


def test_track_in_windows_1251_is_previewed_then_saved_with_its_cues_and_warnings(moderator_client):
    preview = moderator_client.post(reverse("admin:films_film_add"), film_form(GOOD_SRT)).content.decode()

    assert Film.objects.count() == 0
    assert "<strong>00:00:00.000</strong> Добре дошли." in preview
    assert 'name="subtitle_tracks-0-confirm_encoding" value="cp1251"' in preview
    data = film_form(GOOD_SRT) | {
        "subtitle_tracks-0-subtitle_file": "",
        "subtitle_tracks-0-pending_upload": pending_upload(preview, "subtitle_tracks-0-"),
        "subtitle_tracks-0-confirm_encoding": "cp1251",
    }
    response = moderator_client.post(reverse("admin:films_film_add"), data, follow=True)

    film = Film.objects.get(slug="young-and-old")
    track = film.subtitle_tracks.get()
    assert (track.language, track.status, track.source_filename, track.source_encoding) == (
        "bg",
        TrackStatus.DRAFT,
        "bg.srt",
        "cp1251",
    )
    assert list(track.cues.values_list("text", flat=True)) == [
        "Добре дошли.",
        "Това е много дълъг ред, който трудно се чете на екрана.",
        "Довиждане.",
    ]
    warnings = [str(message) for message in response.context["messages"]]
    assert any("Ред 6: редът на субтитъра има 55 знака" in message for message in warnings)


def test_broken_track_is_refused_with_its_line_and_nothing_is_saved(moderator_client):
    response = moderator_client.post(reverse("admin:films_film_add"), film_form(OVERLAPPING_SRT))

    html = response.content.decode()
    assert "Ред 6: субтитърът започва в 00:00:03.000, преди предишният да свърши в 00:00:04.000." in html
    assert 'value="Млади и възрастни"' in html
    assert Film.objects.count() == 0
    assert SubtitleTrack.objects.count() == 0


def test_track_running_past_the_typed_duration_is_saved_with_a_warning(moderator_client):
    data = film_form(GOOD_SRT, encoding="utf-8", duration="00:00:05")

    response = moderator_client.post(reverse("admin:films_film_add"), data, follow=True)

    assert Film.objects.get().subtitle_tracks.get().cues.count() == 3
    assert any("след края на филма в 00:00:05.000" in str(message) for message in response.context["messages"])


def test_film_shortened_below_its_subtitles_is_saved_with_a_warning(moderator_client):
    track = SubtitleTrackFactory(srt=GOOD_SRT)
    film = track.film
    data = film_form(
        slug=film.slug,
        duration="00:00:05",
        file="",
        **{"subtitle_tracks-TOTAL_FORMS": "1", "subtitle_tracks-INITIAL_FORMS": "1"},
        **{f"subtitle_tracks-0-{name}": value for name, value in [("id", track.pk), ("film", film.pk)]},
        **{
            "subtitle_tracks-0-language": "bg",
            "subtitle_tracks-0-kind": "subtitles",
            "subtitle_tracks-0-status": "approved",
        },
    )

    url = reverse("admin:films_film_change", args=[film.pk])
    response = moderator_client.post(url, data, follow=True, HTTP_ACCEPT_LANGUAGE="en")

    film.refresh_from_db()
    assert film.duration == timedelta(seconds=5)
    assert "Subtitles of this film run until 00:00:08.500, after its end at 00:00:05.000; check the duration." in [
        str(message) for message in response.context["messages"]
    ]


def test_film_file_that_is_not_a_video_is_refused_and_typed_text_kept(moderator_client):
    not_a_film = SimpleUploadedFile("film.mp4", b"%PDF-1.4 a report", content_type="video/mp4")

    response = moderator_client.post(reverse("admin:films_film_add"), film_form(file=not_a_film))

    html = response.content.decode()
    assert "Файлът не е видео във формат MP4 или WebM." in html
    assert 'value="Young and old"' in html
    assert Film.objects.count() == 0


def test_new_track_without_a_file_is_refused(moderator_client):
    data = film_form(GOOD_SRT)
    del data["subtitle_tracks-0-subtitle_file"]

    response = moderator_client.post(reverse("admin:films_film_add"), data)

    assert "Качете файла със субтитрите за този език." in response.content.decode()
    assert Film.objects.count() == 0


def test_oversized_subtitle_file_is_refused_with_its_size_only(moderator_client):
    data = film_form(GOOD_SRT)
    data["subtitle_tracks-0-subtitle_file"] = SimpleUploadedFile("bg.srt", b"1" * (2 * 1024 * 1024 + 1))

    html = moderator_client.post(reverse("admin:films_film_add"), data).content.decode()

    assert "най-големият допустим размер е 2,0" in html
    assert "Качете файла със субтитрите за този език." not in html
    assert Film.objects.count() == 0


def test_track_page_previews_first_cues_and_warnings(moderator_client):
    track = SubtitleTrackFactory(srt=GOOD_SRT)

    html = moderator_client.get(reverse("admin:films_subtitletrack_change", args=[track.pk])).content.decode()

    assert "3 субтитъра" in html
    assert "<strong>0:03</strong> Това е много дълъг ред, който трудно се чете на екрана." in html
    assert "Ред 6: редът на субтитъра има 55 знака (четат се добре до 42)." in html


def test_approve_action_makes_tracks_public(moderator_client):
    track = SubtitleTrackFactory(status=TrackStatus.REVIEWED)

    moderator_client.post(
        reverse("admin:films_subtitletrack_changelist"),
        {"action": "approve", "_selected_action": [track.pk]},
    )

    track.refresh_from_db()
    assert track.status == TrackStatus.APPROVED
