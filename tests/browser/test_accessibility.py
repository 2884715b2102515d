"""Every public page type in both languages, over the demo content: axe finds nothing serious or critical, headings
go down one level at a time, and nothing scrolls sideways on a 320 px screen (WCAG 1.4.10, reflow)."""

import pytest

from tests.browser.conftest import axe_violations
from tests.browser.tour import load_demo, page_types

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# The levels of the headings inside <main>, in document order.
HEADING_LEVELS = "[...document.querySelectorAll('main :is(h1, h2, h3, h4, h5, h6)')].map((h) => Number(h.tagName[1]))"
SIDEWAYS_SCROLL = "document.documentElement.scrollWidth - document.documentElement.clientWidth"


@pytest.fixture
def demo(role_groups):
    load_demo()


def skipped_levels(levels):
    """The (from, to) pairs where a heading goes down more than one level, as from h1 to h3."""
    return [(upper, lower) for upper, lower in zip(levels, levels[1:], strict=False) if lower > upper + 1]


@pytest.mark.parametrize("language", ["bg", "en"])
def test_every_public_page_type_passes_axe_with_headings_in_order(live_server, browser_page, demo, language):
    paths = page_types(language)
    violations, skips = {}, {}

    for path in paths:
        browser_page.goto(f"{live_server.url}{path}")
        if found := axe_violations(browser_page):
            violations[path] = [(v["id"], [node["target"] for node in v["nodes"]][:3]) for v in found]
        if skipped := skipped_levels(browser_page.evaluate(HEADING_LEVELS)):
            skips[path] = skipped

    assert len(paths) > 30
    assert violations == {}
    assert skips == {}
    assert browser_page.console_errors == []


@pytest.mark.parametrize("language", ["bg", "en"])
def test_no_public_page_type_scrolls_sideways_at_320_px(live_server, browser_page, demo, language):
    browser_page.set_viewport_size({"width": 320, "height": 640})
    too_wide = {}

    for path in page_types(language):
        browser_page.goto(f"{live_server.url}{path}")
        if (overflow := browser_page.evaluate(SIDEWAYS_SCROLL)) > 0:
            too_wide[path] = overflow

    assert too_wide == {}


def test_heading_levels_skipped_are_found():
    assert skipped_levels([1, 3, 2, 3]) == [(1, 3)]
    assert skipped_levels([1, 2, 3, 2, 2, 3, 1, 2]) == []
