import pytest

from tests.browser.conftest import assert_no_axe_violations
from tests.factories.portal import PostFactory
from tests.factories.practices import PracticeFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize(("language", "query"), [("bg", "sotsialni inovatsii"), ("en", "social innovation")])
def test_results_page_with_facets_and_highlights_is_accessible(live_server, browser_page, language, query):
    PracticeFactory(title_bg="Социални иновации в Италия", title_en="Social innovation in Italy", country="IT")
    PostFactory(title_bg="Семинар за социални иновации", title_en="A seminar on social innovation")

    browser_page.goto(f"{live_server.url}/{language}/search/?q={query}")

    assert browser_page.locator(".search-results li").count() == 2
    assert browser_page.locator(".search-results mark").count() >= 2
    assert_no_axe_violations(browser_page)
    assert browser_page.console_errors == []


def test_header_box_suggests_results_and_opens_the_chosen_one_by_keyboard(live_server, browser_page):
    practice = PracticeFactory(title_bg="Доброволчество между поколенията", slug="generations")
    browser_page.goto(f"{live_server.url}/bg/")
    box = browser_page.get_by_role("combobox", name="Търсене в портала")

    box.press_sequentially("доброволч")
    option = browser_page.get_by_role("option", name="Доброволчество между поколенията Практика")
    option.wait_for()
    assert box.get_attribute("aria-expanded") == "true"
    assert browser_page.locator("#site-search-status").inner_text() == "Предложения: 1"
    assert_no_axe_violations(browser_page)

    box.press("ArrowDown")
    assert box.get_attribute("aria-activedescendant") == "site-search-option-0"
    assert option.get_attribute("aria-selected") == "true"
    box.press("Enter")

    browser_page.wait_for_url(f"{live_server.url}{practice.get_absolute_url()}".replace("/en/", "/bg/"))
    assert browser_page.console_errors == []


def test_escape_closes_the_suggestions_and_enter_searches(live_server, browser_page):
    PracticeFactory(title_bg="Доброволчество между поколенията")
    browser_page.goto(f"{live_server.url}/bg/")
    box = browser_page.get_by_role("combobox", name="Търсене в портала")

    box.press_sequentially("доброволч")
    browser_page.get_by_role("option").first.wait_for()
    box.press("Escape")
    assert box.get_attribute("aria-expanded") == "false"
    assert box.input_value() == "доброволч"
    box.press_sequentially("ество")
    box.press("Enter")

    browser_page.wait_for_url(f"{live_server.url}/bg/search/?q=*")
    assert browser_page.locator(".search-results li").count() == 1
