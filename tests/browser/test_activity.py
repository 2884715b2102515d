"""Readings and plays really reach the tallies from Chromium: a practice page counts once, a film when it plays."""

import time

import pytest
from django.core.cache import cache
from django.db import OperationalError

from core.models import Tally
from tests.browser.test_films import film  # noqa: F401 - the demo film with its media, served in the browser
from tests.factories.practices import PracticeFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def tallied(kind, pk, *, expected, seconds=5):
    """The day's count for the object once it reaches `expected` (the beacon is sent after the page has loaded)."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            total = sum(Tally.objects.filter(kind=kind, object_id=pk).values_list("count", flat=True))
        except OperationalError:
            # The live server is writing the tally: SQLite's shared-cache test database locks the table meanwhile.
            if time.monotonic() > deadline:
                raise
            total = None
        if total is not None and (total >= expected or time.monotonic() > deadline):
            return total
        time.sleep(0.1)


def test_opening_a_practice_counts_one_reading(live_server, browser_page):
    cache.clear()
    practice = PracticeFactory()

    browser_page.goto(f"{live_server.url}/en/practices/{practice.slug}/")

    assert tallied("practice-view", practice.pk, expected=1) == 1
    assert browser_page.console_errors == []


def test_a_film_counts_a_play_only_when_it_plays(live_server, browser_page, film):  # noqa: F811
    page = browser_page
    page.goto(f"{live_server.url}{film.get_absolute_url()}")
    page.wait_for_function("() => document.querySelector('video[data-film-player]').readyState >= 1")

    assert tallied("film-play", film.pk, expected=1, seconds=1) == 0

    page.evaluate(
        "() => { const video = document.querySelector('video[data-film-player]'); video.muted = true; "
        "return video.play(); }"
    )
    page.evaluate(
        "() => { const video = document.querySelector('video[data-film-player]'); video.pause(); video.play(); }"
    )

    assert tallied("film-play", film.pk, expected=1) == 1
    assert tallied("film-play", film.pk, expected=2, seconds=1) == 1  # playing again is the same play
    assert page.console_errors == []
