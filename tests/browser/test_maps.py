"""The server-drawn maps in a browser: axe finds nothing serious, the regions are links reached by keyboard, and the
page asks nothing of another host (the CSP would report it)."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import assert_no_axe_violations
from tests.factories.exchange import ListingFactory
from tests.factories.practices import PracticeFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("language", ["bg", "en"])
def test_exchange_oblast_map_is_accessible_and_filters(live_server, browser_page, language):
    ListingFactory.create_batch(3, oblast="BG-01")
    ListingFactory(oblast="BG-03", title_en="Hall in Varna", title_bg="Зала във Варна")

    browser_page.goto(f"{live_server.url}/{language}/exchange/")
    assert_no_axe_violations(browser_page)
    region = browser_page.locator('.choropleth__map a[href$="oblast=BG-03"]')
    region.focus()
    expect(region).to_be_focused()
    browser_page.keyboard.press("Enter")

    expect(browser_page).to_have_url(f"{live_server.url}/{language}/exchange/?oblast=BG-03")
    expect(browser_page.locator(".cards")).to_contain_text("Варна" if language == "bg" else "Varna")
    assert browser_page.console_errors == []


def test_practice_europe_map_is_accessible(live_server, browser_page):
    PracticeFactory.create_batch(2, country="IT")
    PracticeFactory(country="PL")

    browser_page.goto(f"{live_server.url}/en/practices/")

    assert_no_axe_violations(browser_page)
    expect(browser_page.locator('.choropleth__map a[href="?country=PL"]')).to_have_count(1)
    assert browser_page.console_errors == []
