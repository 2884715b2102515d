"""The film page in Chromium: tracks load, the transcript seeks the film, and the page is accessible."""

from datetime import timedelta

import pytest
from django.core.cache import cache
from django.core.files.base import ContentFile

from demo import films as demo
from tests.browser.conftest import assert_no_axe_violations
from tests.browser.media import MEDIA_URL
from tests.factories.films import FilmFactory, SubtitleTrackFactory

FILM = demo.FILMS[0]


@pytest.fixture
def film(settings):
    cache.clear()  # no page cached by another test's film
    settings.ROOT_URLCONF = "tests.browser.media"
    settings.MEDIA_URL = MEDIA_URL
    film = FilmFactory(
        slug=FILM["slug"],
        title_bg=FILM["title"][0],
        title_en=FILM["title"][1],
        duration=timedelta(seconds=45),
        file=ContentFile((demo.MEDIA / f"{FILM['slug']}.webm").read_bytes(), name=f"{FILM['slug']}.webm"),
    )
    for language, texts in FILM["cues"].items():
        SubtitleTrackFactory(film=film, language=language, srt=demo.subrip(texts))
    return film


def wait_for_cues(page, language):
    """Ask the player to load a track (a disabled track loads nothing) and wait for its cues."""
    page.evaluate(
        """(language) => {
            const track = [...document.querySelector("video[data-film-player]").textTracks]
                .find((candidate) => candidate.language === language);
            if (track.mode === "disabled") track.mode = "hidden";
        }""",
        language,
    )
    page.wait_for_function(
        """(language) => [...document.querySelector("video[data-film-player]").textTracks]
            .some((track) => track.language === language && track.cues && track.cues.length > 0)""",
        arg=language,
    )


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_film_page_tracks_transcript_and_accessibility(live_server, browser_page, film):
    page = browser_page

    page.goto(f"{live_server.url}{film.get_absolute_url()}")
    page.wait_for_function("() => document.querySelector('video[data-film-player]').readyState >= 1")

    tracks = page.evaluate(
        """() => [...document.querySelector("video[data-film-player]").textTracks]
            .map((track) => [track.language, track.kind, track.label, track.mode])"""
    )
    assert tracks == [["bg", "subtitles", "Български", "showing"], ["en", "subtitles", "Английски", "disabled"]]
    wait_for_cues(page, "bg")
    first_bg_cue = page.evaluate(
        """() => {
            const track = document.querySelector("video[data-film-player]").textTracks[0];
            return [track.cues.length, track.cues[0].startTime, track.cues[0].text];
        }"""
    )
    assert first_bg_cue == [12, 0.5, FILM["cues"]["bg"][0]]
    wait_for_cues(page, "en")

    # The transcript's fifth line seeks to where the player's fifth cue starts (the demo spreads cues evenly).
    fifth_start = page.evaluate(
        "() => document.querySelector('video[data-film-player]').textTracks[0].cues[4].startTime"
    )
    line = page.locator(".transcript__cue a").nth(4)
    assert float(line.get_attribute("data-seek-seconds")) == pytest.approx(fifth_start, abs=0.001)
    line.click()
    page.wait_for_function(
        "(start) => Math.abs(document.querySelector('video[data-film-player]').currentTime - start) < 1",
        arg=fifth_start,
    )
    page.wait_for_selector(".transcript__cue:nth-child(5)[aria-current='true']")
    assert page.is_visible("[data-follow-along-control]")

    assert_no_axe_violations(page)
    assert page.console_errors == []


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_film_starts_at_the_time_in_the_address(live_server, browser_page, film):
    page = browser_page

    page.goto(f"{live_server.url}/en{film.get_absolute_url()[3:]}#t=0m30s")

    page.wait_for_function("() => Math.abs(document.querySelector('video[data-film-player]').currentTime - 30) < 0.5")
    assert page.evaluate("document.querySelector('video[data-film-player]').textTracks[1].mode") == "showing"
    assert page.console_errors == []


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("language", ["bg", "en"])
def test_film_list_and_page_fit_a_phone_without_axe_violations(live_server, browser_page, film, language):
    page = browser_page
    page.set_viewport_size({"width": 360, "height": 800})

    for address in [
        f"/{language}/films/",
        f"/{language}/films/{film.slug}/",
        f"/{language}/films/{film.slug}/transcript/",
    ]:
        page.goto(f"{live_server.url}{address}")

        assert page.evaluate("() => document.documentElement.scrollWidth") <= 360, address
        assert_no_axe_violations(page)
    assert page.console_errors == []


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_film_starts_at_the_seconds_in_the_query(live_server, browser_page, film):
    page = browser_page

    page.goto(f"{live_server.url}{film.get_absolute_url()}?t=20")

    page.wait_for_function("() => Math.abs(document.querySelector('video[data-film-player]').currentTime - 20) < 0.5")
    page.wait_for_selector(".transcript__cue:nth-child(6)[aria-current='true']")
    assert page.console_errors == []


def box(page, selector):
    return page.locator(selector).bounding_box()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("language", ["bg", "en"])
def test_transcript_stands_beside_the_player_on_a_wide_screen_and_under_it_on_a_phone(
    live_server, browser_page, film, language
):
    page = browser_page
    page.goto(f"{live_server.url}/{language}/films/{film.slug}/")

    player, transcript = box(page, ".film__player"), box(page, ".transcript")
    assert player["y"] <= transcript["y"] < player["y"] + player["height"]
    assert transcript["x"] >= player["x"] + player["width"]  # beside it, to the right
    assert transcript["y"] + transcript["height"] <= player["y"] + player["height"] + 1  # no taller than the player
    cues = page.locator(".transcript__cues")
    assert cues.evaluate("(list) => list.scrollHeight > list.clientHeight")  # the lines scroll inside it

    page.set_viewport_size({"width": 375, "height": 800})
    player, transcript = box(page, ".film__player"), box(page, ".transcript")
    assert transcript["y"] >= player["y"] + player["height"]
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 375
    assert page.console_errors == []
