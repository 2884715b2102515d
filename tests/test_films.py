import json
import re
from datetime import timedelta

import pytest
from django.apps import apps as django_apps
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import IntegrityError
from django.urls import reverse
from django.utils import translation

from core.enums import PublicationStatus
from core.model_moves import move_content_types
from directory.models import Theme
from events.enums import EventStatus
from films.enums import TrackStatus
from films.media import serve_with_ranges
from films.models import Film
from films.queries import films_for_practice
from films.services import set_track_status
from films.validators import embed_url, validate_film_file
from forum import services
from tests.factories.events import SessionFactory
from tests.factories.films import WEBM_HEADER, FilmFactory, SubtitleTrackFactory
from tests.factories.forum import PostFactory
from tests.factories.portal import OrganisationFactory, ProjectFactory, ThemeFactory, UserFactory
from tests.factories.practices import PracticeFactory
from tests.searching import search

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _empty_page_cache():
    """Factories write without the services, so no test may see a page cached by another."""
    cache.clear()


def url(name, page_language="bg", **kwargs):
    with translation.override(page_language):
        return reverse(f"films:{name}", kwargs=kwargs)


def film_with_tracks(**kwargs):
    film = FilmFactory(**kwargs)
    SubtitleTrackFactory(film=film, language="bg")
    SubtitleTrackFactory(film=film, language="en")
    return film


# --- Film page --------------------------------------------------------------------------------------------


def test_film_page_has_player_with_every_approved_track_and_page_language_default(client):
    film = film_with_tracks(slug="scotland")

    html = client.get(url("film-detail", slug="scotland")).content.decode()

    assert re.search(r'<video data-film-player controls preload="metadata"[^>]*data-start-seconds="0"', html)
    assert '<source src="/media/films/film' in html
    tracks = f"/bg/films/{film.slug}/subtitles"
    assert f'<track kind="subtitles" srclang="bg" label="Български" src="{tracks}/bg.vtt" default>' in html
    assert f'<track kind="subtitles" srclang="en" label="Английски" src="{tracks}/en.vtt">' in html


def test_film_page_in_english_makes_english_track_default(client):
    film_with_tracks(slug="scotland")

    html = client.get(url("film-detail", "en", slug="scotland")).content.decode()

    assert 'srclang="en" label="English" src="/en/films/scotland/subtitles/en.vtt" default>' in html
    assert 'srclang="bg" label="Bulgarian" src="/en/films/scotland/subtitles/bg.vtt">' in html
    assert "<h1>Film" in html


def test_transcript_lists_page_language_cues_as_seek_links(client):
    film_with_tracks(slug="scotland")

    html = client.get(url("film-detail", slug="scotland")).content.decode()

    # The cue's markup wraps across template lines; compare it with whitespace collapsed, as a browser reads it.
    assert (
        '<li class="transcript__cue" data-cue-start="3000" data-cue-end="5500">'
        '<a href="?t=3" data-seek-seconds="3"><span class="transcript__time">0:03</span> '
        '<span class="transcript__text">Тук младежи помагат на възрастни хора.</span></a></li>'
    ) in " ".join(html.split())
    assert html.count('class="transcript__cue"') == 3
    assert 'lang="bg" aria-describedby="transcript-help" data-transcript-cues' in html


def test_transcript_falls_back_to_another_language_and_says_so(client):
    film = FilmFactory(slug="italy")
    SubtitleTrackFactory(film=film, language="en")

    html = client.get(url("film-detail", slug="italy")).content.decode()

    assert "Welcome to the centre." in html
    assert 'class="notice" role="note"' in html


def test_start_time_from_query_reaches_player_and_media_fragment(client):
    film_with_tracks(slug="scotland")

    html = client.get(url("film-detail", slug="scotland") + "?t=83").content.decode()

    assert 'data-start-seconds="83"' in html
    assert re.search(r'<source src="/media/films/film[^"]*\.webm#t=83" type="video/webm">', html)


@pytest.mark.parametrize("value", ["abc", "-5", "", "1e999"])
def test_bad_start_time_starts_at_the_beginning(client, value):
    film_with_tracks(slug="scotland")

    html = client.get(url("film-detail", slug="scotland"), {"t": value}).content.decode()

    assert 'data-start-seconds="0"' in html
    assert "#t=" not in html


def test_draft_film_is_not_public(client):
    FilmFactory(slug="secret", status=PublicationStatus.DRAFT)
    SubtitleTrackFactory(film__slug="public-one")

    assert client.get(url("film-detail", slug="secret")).status_code == 404
    html = client.get(url("film-list")).content.decode()
    assert "/films/secret/" not in html
    assert "/films/public-one/" in html


def test_unapproved_track_is_absent_from_page_and_endpoints(client):
    film = FilmFactory(slug="scotland")
    SubtitleTrackFactory(film=film, language="bg")
    SubtitleTrackFactory(film=film, language="en", status=TrackStatus.REVIEWED)

    html = client.get(url("film-detail", slug="scotland")).content.decode()

    assert 'srclang="bg"' in html
    assert 'srclang="en"' not in html
    assert client.get(url("track-vtt", slug="scotland", language="en")).status_code == 404
    assert client.get(url("track-srt", slug="scotland", language="en")).status_code == 404


def test_tracks_of_a_draft_film_are_not_served(client):
    track = SubtitleTrackFactory(film__status=PublicationStatus.DRAFT)

    response = client.get(url("track-vtt", slug=track.film.slug, language="bg"))

    assert response.status_code == 404


def test_external_film_is_embedded_privately_with_a_title(client):
    FilmFactory(slug="fuse", file="", external_url="https://www.youtube.com/watch?v=dQw4w9WgXcQ", title_bg="FUSE")

    html = client.get(url("film-detail", slug="fuse")).content.decode()

    assert 'src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" title="Филм: FUSE"' in html
    assert "<film" not in html


# --- Track files ------------------------------------------------------------------------------------------


def test_track_is_served_as_cacheable_webvtt(client):
    track = SubtitleTrackFactory(language="bg")

    response = client.get(url("track-vtt", slug=track.film.slug, language="bg"))

    assert response["Content-Type"] == "text/vtt; charset=utf-8"
    assert response.content.decode() == track.webvtt
    assert response.content.decode().startswith("WEBVTT\n\n00:00:00.000 --> 00:00:02.500\nДобре дошли в центъра.")
    assert "public" in response["Cache-Control"] and "max-age=3600" in response["Cache-Control"]
    assert response["ETag"].startswith('"')
    assert response["Last-Modified"].endswith("GMT")


def test_track_answers_not_modified_to_a_matching_etag(client):
    track = SubtitleTrackFactory(language="bg")
    address = url("track-vtt", slug=track.film.slug, language="bg")
    etag = client.get(address)["ETag"]

    response = client.get(address, headers={"if-none-match": etag})

    assert response.status_code == 304
    assert response.content == b""


def test_track_downloads_as_srt(client):
    track = SubtitleTrackFactory(language="en")

    response = client.get(url("track-srt", slug=track.film.slug, language="en"))

    assert response["Content-Type"] == "application/x-subrip; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="{track.film.slug}.en.srt"'
    assert response.content.decode().startswith("1\n00:00:00,000 --> 00:00:02,500\nWelcome to the centre.\n\n2\n")


def test_printable_transcript_in_chosen_language(client):
    film_with_tracks(slug="scotland")

    html = client.get(url("film-transcript", slug="scotland"), {"language": "en"}).content.decode()

    assert '<dl class="transcript-page__cues" lang="en">' in html
    assert "<dt>0:06</dt><dd>We meet again every week.</dd>" in html
    assert 'href="?language=en" aria-current="page"' in html


def test_printable_transcript_in_another_language_says_so(client):
    film = FilmFactory(slug="scotland")
    SubtitleTrackFactory(film=film, language="bg")

    fallback = client.get(url("film-transcript", "en", slug="scotland")).content.decode()
    chosen = client.get(url("film-transcript", "en", slug="scotland"), {"language": "bg"}).content.decode()

    assert '<dl class="transcript-page__cues" lang="bg">' in fallback
    assert "There is no transcript in this language yet; this one is in Bulgarian." in fallback
    assert 'class="notice" role="note"' not in chosen


# --- Old addresses (the section lived under videos/ until November 2026) ------------------------------------


@pytest.mark.parametrize("language", ["bg", "en"])
@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("videos/", "films/"),
        ("videos/?language=en&theme=older-people", "films/?language=en&theme=older-people"),
        ("videos/scotland/?t=83", "films/scotland/?t=83"),
        ("videos/scotland/transcript/?language=en", "films/scotland/transcript/?language=en"),
        ("videos/scotland/subtitles/en.vtt", "films/scotland/subtitles/en.vtt"),
        ("videos/scotland/subtitles/bg.srt", "films/scotland/subtitles/bg.srt"),
    ],
)
def test_old_address_redirects_permanently_to_the_films_address(client, language, old, new):
    response = client.get(f"/{language}/{old}")

    assert response.status_code == 301
    assert response["Location"] == f"/{language}/{new}"


@pytest.mark.parametrize("language", ["bg", "en"])
def test_old_track_address_still_reaches_the_track(client, language):
    track = SubtitleTrackFactory(film__slug="scotland", language="en")

    response = client.get(f"/{language}/videos/scotland/subtitles/en.vtt", follow=True)

    assert response.redirect_chain == [(f"/{language}/films/scotland/subtitles/en.vtt", 301)]
    assert response.content.decode() == track.webvtt


def test_old_film_page_with_a_start_time_opens_the_film_there(client):
    film_with_tracks(slug="scotland", title_en="Young and old")

    response = client.get("/en/videos/scotland/", {"t": "83"}, follow=True)

    assert response.redirect_chain == [("/en/films/scotland/?t=83", 301)]
    assert "<h1>Young and old</h1>" in response.content.decode()
    assert 'data-start-seconds="83"' in response.content.decode()


# --- List -------------------------------------------------------------------------------------------------


def test_list_cards_show_duration_and_subtitle_languages(client):
    film_with_tracks(slug="scotland", duration=timedelta(minutes=4, seconds=5))

    html = client.get(url("film-list", "en")).content.decode()

    assert '<time datetime="PT4M5S">4:05</time>' in html
    assert "Subtitles: Bulgarian, English</p>" in html


def test_list_filters_by_subtitle_language(client):
    film_with_tracks(slug="both")
    only_bulgarian = FilmFactory(slug="only-bg")
    SubtitleTrackFactory(film=only_bulgarian, language="bg")
    SubtitleTrackFactory(film__slug="unapproved-en", language="en", status=TrackStatus.DRAFT)

    html = client.get(url("film-list"), {"language": "en"}).content.decode()

    assert "/films/both/" in html
    assert "/films/only-bg/" not in html
    assert "/films/unapproved-en/" not in html


def test_list_filters_by_theme_country_and_practice(client):
    theme = ThemeFactory(slug="older-people")
    italian = PracticeFactory(slug="citta-sociale", country="IT")
    scottish = PracticeFactory(slug="iriss", country="GB")
    FilmFactory(slug="italy", practices=[italian], themes=[theme])
    FilmFactory(slug="scotland", practices=[scottish])

    by_theme = client.get(url("film-list"), {"theme": "older-people"}).content.decode()
    by_country = client.get(url("film-list"), {"country": "GB"}).content.decode()
    by_practice = client.get(url("film-list"), {"practice": "citta-sociale"}).content.decode()

    assert ("/films/italy/" in by_theme, "/films/scotland/" in by_theme) == (True, False)
    assert ("/films/italy/" in by_country, "/films/scotland/" in by_country) == (False, True)
    assert ("/films/italy/" in by_practice, "/films/scotland/" in by_practice) == (True, False)
    assert '<option value="GB">Великобритания</option>' in by_theme


def test_list_with_unknown_filter_value_shows_error_and_keeps_all_films(client):
    FilmFactory(slug="italy")

    html = client.get(url("film-list", "en"), {"theme": "no-such-theme"}).content.decode()

    assert "/films/italy/" in html
    assert "Select a valid choice" in html


def test_list_with_one_unknown_filter_value_still_applies_the_others(client):
    film_with_tracks(slug="both")
    only_bulgarian = FilmFactory(slug="only-bg")
    SubtitleTrackFactory(film=only_bulgarian, language="bg")

    html = client.get(url("film-list", "en"), {"language": "en", "theme": "no-such-theme"}).content.decode()

    assert "/films/both/" in html
    assert "/films/only-bg/" not in html
    assert "Select a valid choice" in html


def test_practice_films_query_is_bounded_and_public_only():
    practice = PracticeFactory()
    published = FilmFactory(practices=[practice])
    FilmFactory(practices=[practice], status=PublicationStatus.DRAFT)

    assert list(films_for_practice(practice)) == [published]


# --- Query counts -----------------------------------------------------------------------------------------


def make_films(count, practice):
    for _ in range(count):
        film = FilmFactory(practices=[practice], themes=[ThemeFactory()])
        SubtitleTrackFactory(film=film, language="bg")
        SubtitleTrackFactory(film=film, language="en")


@pytest.mark.parametrize("films", [1, 6])
def test_list_query_count_is_flat(client, django_assert_num_queries, films):
    make_films(films, PracticeFactory())

    # site settings, count, films, their tracks, filter choices (languages, themes, practices, countries)
    with django_assert_num_queries(8):
        response = client.get(url("film-list"))

    assert len(response.context["films"]) == films


@pytest.mark.parametrize("films", [1, 6])
def test_filtered_list_query_count_is_flat(client, django_assert_num_queries, films):
    make_films(films, PracticeFactory(slug="citta-sociale", country="IT"))
    filters = {"language": "en", "country": "IT", "practice": "citta-sociale", "theme": Theme.objects.first().slug}

    # as unfiltered, plus looking up the chosen theme and practice
    with django_assert_num_queries(10):
        response = client.get(url("film-list"), filters)

    assert len(response.context["films"]) == 1


@pytest.mark.parametrize("language", ["bg", "en"])
def test_detail_lists_practices_organisations_themes_and_tags_in_the_page_language(client, language):
    themes = [
        ThemeFactory(name_bg="Младежи", name_en="Youth", position=2),
        ThemeFactory(name_bg="Грижа", name_en="Care", position=1),
    ]
    practices = [
        PracticeFactory(title_bg="Щастливо село", title_en="A happy village"),
        PracticeFactory(title_bg="Асистенти", title_en="Personal assistants"),
        PracticeFactory(title_bg="Чернова", title_en="A draft", status=PublicationStatus.DRAFT),
    ]
    film = FilmFactory(slug="scotland", themes=themes, practices=practices)
    film.organisations.add(
        OrganisationFactory(name_bg="Фондация Яна", name_en="Yana Foundation"),
        OrganisationFactory(name_bg="Асоциация Бор", name_en="Bor Association"),
    )
    film.tags.add("село")

    content = client.get(url("film-detail", language, slug="scotland")).content.decode()

    listed = content.split("<dl")[1].split("</dl>")[0]
    english = language == "en"
    # Published practices by title, organisations by name and themes in their curated order, each in the page's
    # language; a draft practice is not listed.
    titles = ["A happy village", "Personal assistants"] if english else ["Асистенти", "Щастливо село"]
    organisations = ["Bor Association", "Yana Foundation"] if english else ["Асоциация Бор", "Фондация Яна"]
    shown = ["Care", "Youth"] if english else ["Грижа", "Младежи"]
    assert f'<a href="{practices[0].get_absolute_url()}">' in listed
    assert "A draft" not in listed and "Чернова" not in listed
    for first, second in (titles, organisations, shown):
        assert f">{first}</a>" in listed
        assert listed.index(f">{first}</a>") < listed.index(f">{second}</a>")
    assert f'?theme={themes[1].slug}">{shown[0]}</a>' in listed
    # The tag has no English name: the English page shows the Bulgarian one, marked as such.
    assert ('<li><span lang="bg">село</span></li>' if english else "<li>село</li>") in listed


@pytest.mark.parametrize("extra_tracks", [0, 5])
@pytest.mark.parametrize(("signed_in", "cold", "warm"), [(False, 8, 0), (True, 10, 1)])
def test_detail_query_count_is_flat(
    client, django_assert_num_queries, participant, extra_tracks, signed_in, cold, warm
):
    film = FilmFactory(slug="scotland", practices=[PracticeFactory(), PracticeFactory()], themes=[ThemeFactory()])
    for language in ["bg", "en", "it", "pt", "fr", "pl"][: 1 + extra_tracks]:
        SubtitleTrackFactory(film=film, language=language)
    film.tags.add("care", "youth")
    PostFactory(discussion=services.open_discussion(content_object=film), author=participant)
    if signed_in:
        client.force_login(participant)

    # site settings, film; for the shared body: tracks, one query for the practices, organisations, themes and tags
    # it lists, cues, events that showed it; for the comments: the discussion and its posts (one page, so they
    # count themselves). Anonymous, warm: the page from the cache.
    # Signed in also: the user, one query for what core.personal keeps per user (follows, their own posts that
    # matter, …); warm: the film (the reader and their own post here come from the cache).
    with django_assert_num_queries(cold):
        response = client.get(url("film-detail", slug="scotland"))
    with django_assert_num_queries(warm):
        again = client.get(url("film-detail", slug="scotland"))

    assert len(response.context["tracks"]) == 1 + extra_tracks
    assert again.content.decode().count("/scotland/transcript/?language=") == 1 + extra_tracks


# --- Model rules ------------------------------------------------------------------------------------------


def test_film_needs_exactly_one_of_file_and_address():
    with pytest.raises(IntegrityError):
        FilmFactory(file="", external_url="")


def test_film_with_both_file_and_address_is_refused_by_clean():
    film = FilmFactory.build(external_url="https://vimeo.com/123456")

    with pytest.raises(ValidationError) as caught:
        film.clean()

    assert caught.value.message_dict["file"] == [
        "Качете видеофайл или дайте адрес в YouTube или Vimeo (едно от двете)."
    ]


@pytest.mark.parametrize(
    ("address", "embed"),
    [
        ("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=3", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"),
        ("https://youtu.be/dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"),
        ("https://vimeo.com/76979871", "https://player.vimeo.com/video/76979871?dnt=1"),
        ("https://example.org/film.mp4", None),
        ("https://www.youtube.com/watch?v=<script>", None),
    ],
)
def test_embed_addresses(address, embed):
    assert embed_url(address) == embed


def test_film_file_is_checked_by_content(settings):
    with pytest.raises(ValidationError) as caught:
        validate_film_file(ContentFile(b"%PDF-1.4 not a film", name="film.mp4"))

    assert caught.value.messages == [
        "Файлът не е видео във формат MP4 или WebM. Преобразувайте го в MP4 (H.264) или WebM и го качете отново."
    ]
    validate_film_file(ContentFile(WEBM_HEADER, name="film.webm"))
    validate_film_file(ContentFile(b"\x00\x00\x00\x20ftypisom\x00\x00", name="film.mp4"))


def test_film_file_with_a_misleading_extension_is_refused():
    with pytest.raises(ValidationError) as caught:
        validate_film_file(ContentFile(WEBM_HEADER, name="film.mp4"))

    assert caught.value.messages == [
        "Файлът съдържа видео във формат WEBM; дайте му разширение .webm и го качете отново."
    ]


def test_film_file_over_the_limit_is_refused(settings):
    settings.FILM_MAX_UPLOAD_BYTES = 10

    with pytest.raises(ValidationError) as caught:
        validate_film_file(ContentFile(WEBM_HEADER, name="film.webm"))

    assert caught.value.code == "file_too_large"


def test_one_track_per_language():
    track = SubtitleTrackFactory(language="bg")

    with pytest.raises(IntegrityError):
        SubtitleTrackFactory(film=track.film, language="bg")


def test_new_film_lists_nothing_until_published():
    FilmFactory(status=PublicationStatus.DRAFT)

    assert Film.objects.published().count() == 0


def test_film_permissions_are_named_after_the_model():
    # A fresh database gets "add_video" and the rest from an earlier data migration; 0004 renames them.
    permissions = Permission.objects.filter(content_type=ContentType.objects.get_for_model(Film))

    assert set(permissions.values_list("codename", flat=True)) == {
        "add_film",
        "change_film",
        "delete_film",
        "view_film",
    }


def test_renaming_a_model_in_its_app_renames_its_permissions_only():
    # As RenameModel leaves them: the content type already renamed by Django, the permissions not.
    content_type = ContentType.objects.create(app_label="films", model="reel")
    for codename in ["add_tape", "view_tape", "view_tape_stats", "publish_tapes"]:
        Permission.objects.create(content_type=content_type, codename=codename, name=codename)

    move_content_types(django_apps, old_app="films", new_app="films", models={"tape": "reel"})

    assert sorted(content_type.permission_set.values_list("codename", flat=True)) == [
        "add_reel",
        "publish_tapes",
        "view_reel",
        "view_tape_stats",
    ]


# --- Other pages: practice pages, search, organisation and project pages ---------------------------------


def test_practice_page_shows_its_published_films(client):
    practice = PracticeFactory(slug="iriss-youth")
    film_with_tracks(slug="young-and-old", practices=[practice], duration=timedelta(seconds=45))
    FilmFactory(slug="draft-film", practices=[practice], status=PublicationStatus.DRAFT)

    with translation.override("en"):
        html = client.get(reverse("practices:practice-detail", kwargs={"slug": "iriss-youth"})).content.decode()

    assert '<h2 id="section-films">Films</h2>' in html
    assert '<h3 class="film-card__title"><a href="/en/films/young-and-old/">' in html
    assert '<time datetime="PT0M45S">0:45</time>' in html
    assert "Subtitles: Bulgarian, English</p>" in html
    assert "draft-film" not in html


def test_practice_page_without_films_has_no_films_section(client):
    PracticeFactory(slug="quiet")

    html = client.get(reverse("practices:practice-detail", kwargs={"slug": "quiet"})).content.decode()

    assert 'id="section-films"' not in html


def test_search_finds_films_and_the_moment_words_are_said(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        film_with_tracks(slug="young-and-old", title_en="Young and old")
        FilmFactory(slug="hidden", title_en="Young and hidden", status=PublicationStatus.DRAFT)

    with translation.override("en"):
        by_title = search("young and", language="en")
        by_words = search("every week", language="en")
        by_bulgarian_words = search("всяка седмица", language="bg")

    # The title first; then the subtitle where "young" is said.
    assert [(result.title, result.url) for result in by_title] == [
        ("Young and old", "/en/films/young-and-old/"),
        ("Young and old (0:03)", "/en/films/young-and-old/?t=3"),
    ]
    assert [(result.title, result.url, result.summary) for result in by_words] == [
        ("Young and old (0:06)", "/en/films/young-and-old/?t=6", "We meet again every week.")
    ]
    assert [result.summary for result in by_bulgarian_words] == ["Всяка седмица се срещаме отново."]


def test_search_skips_subtitles_of_unapproved_tracks(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        SubtitleTrackFactory(language="en", status=TrackStatus.REVIEWED)

    assert search("every week", language="en") == []


def test_organisation_and_project_pages_list_their_films(client):
    film = film_with_tracks(slug="young-and-old", title_bg="Млади и възрастни")
    organisation = OrganisationFactory(slug="iriss")
    project = ProjectFactory(slug="inclusion")
    film.organisations.set([organisation])
    film.project = project
    film.save()

    organisation_html = client.get(reverse("directory:organisation-detail", kwargs={"slug": "iriss"})).content.decode()
    project_html = client.get(reverse("directory:project-detail", kwargs={"slug": "inclusion"})).content.decode()

    for html in [organisation_html, project_html]:
        assert '<a href="/bg/films/young-and-old/">Млади и възрастни</a>' in html


# --- Media with byte ranges (development and browser tests) -----------------------------------------------


@pytest.fixture
def media_file(tmp_path):
    (tmp_path / "film.webm").write_bytes(bytes(range(100)))
    return tmp_path


@pytest.mark.parametrize(
    ("header", "status", "content_range", "body"),
    [
        ("bytes=10-19", 206, "bytes 10-19/100", bytes(range(10, 20))),
        ("bytes=95-", 206, "bytes 95-99/100", bytes(range(95, 100))),
        ("bytes=-3", 206, "bytes 97-99/100", bytes(range(97, 100))),
        ("bytes=200-300", 416, "bytes */100", b""),
    ],
)
def test_media_answers_byte_ranges(rf, media_file, header, status, content_range, body):
    response = serve_with_ranges(rf.get("/media/film.webm", HTTP_RANGE=header), "film.webm", document_root=media_file)

    assert (response.status_code, response["Content-Range"], response.content) == (status, content_range, body)


def test_media_without_range_is_whole_and_says_ranges_are_accepted(rf, media_file):
    response = serve_with_ranges(rf.get("/media/film.webm"), "film.webm", document_root=media_file)

    assert response.status_code == 200
    assert response["Accept-Ranges"] == "bytes"
    assert b"".join(response.streaming_content) == bytes(range(100))
    response.close()


def test_film_page_names_the_public_events_that_showed_it(client):
    film = film_with_tracks(slug="italy")
    shown = SessionFactory(day__event__title_en="Sunny Beach training", day__event__slug="sunny-beach")
    shown.films.add(film)
    SessionFactory(day=shown.day).films.add(film)
    draft = SessionFactory(day__event__status=EventStatus.DRAFT, day__event__title_en="Secret seminar")
    draft.films.add(film)

    html = client.get(url("film-detail", "en", slug="italy")).content.decode()

    assert f'<li><a href="/en/events/sunny-beach/">Sunny Beach training</a> ({shown.event.start.year})</li>' in html
    assert html.count("Sunny Beach training") == 1
    assert "Secret seminar" not in html


# --- Anonymous page cache -----------------------------------------------------------------------------------


def test_anonymous_film_page_is_cached_until_a_track_changes(
    client, django_assert_num_queries, django_capture_on_commit_callbacks
):
    film = film_with_tracks(slug="scotland")
    address = url("film-detail", slug="scotland")
    client.get(address)

    with django_assert_num_queries(0):
        cached = client.get(address).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        set_track_status(tracks=film.subtitle_tracks.filter(language="en"), status=TrackStatus.DRAFT)
    fresh = client.get(address).content.decode()

    assert 'srclang="en"' in cached
    assert 'srclang="en"' not in fresh


def test_signed_in_visitors_never_get_the_cached_page(client):
    film_with_tracks(slug="scotland")
    client.get(url("film-detail", slug="scotland"))
    client.force_login(UserFactory())

    response = client.get(url("film-detail", slug="scotland"))

    assert response.context is not None  # rendered for this visitor, not replayed from the cache


def test_sitemap_lists_published_films_in_both_languages(client):
    FilmFactory(slug="young-and-old")
    FilmFactory(slug="secret-film", status=PublicationStatus.DRAFT)

    xml = client.get("/sitemap.xml").content.decode()

    assert "/bg/films/young-and-old/</loc>" in xml
    assert "/en/films/young-and-old/</loc>" in xml
    assert "secret-film" not in xml


def test_film_page_describes_the_film_for_search_engines(client):
    film_with_tracks(slug="scotland", title_en="Young </script> and old", duration=timedelta(minutes=4, seconds=5))

    html = client.get(url("film-detail", "en", slug="scotland")).content.decode()

    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    assert {key: data[key] for key in ["@type", "name", "duration", "url"]} == {
        "@type": "VideoObject",
        "name": "Young </script> and old",
        "duration": "PT4M5S",
        "url": "http://127.0.0.1:8000/en/films/scotland/",
    }
    assert data["contentUrl"].startswith("http://127.0.0.1:8000/media/films/film")
    assert '<meta property="og:type" content="video.other">' in html
