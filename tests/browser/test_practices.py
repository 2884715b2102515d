import pytest
from django.core.cache import cache

from tests.browser.conftest import assert_no_axe_violations
from tests.factories.portal import ThemeFactory
from tests.factories.practices import DocumentFactory, PracticeFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def _empty_page_cache():
    cache.clear()


@pytest.mark.parametrize(
    ("language", "country_label", "italy", "heading"),
    [("bg", "Държава", "Италия", "Град на социалните инициативи"), ("en", "Country", "Italy", "City of initiatives")],
)
def test_filtering_the_list_and_opening_a_practice_is_accessible(
    live_server, browser_page, language, country_label, italy, heading
):
    care = ThemeFactory(name_bg="Грижа", name_en="Care")
    practice = PracticeFactory(
        title_bg="Град на социалните инициативи", title_en="City of initiatives", country="IT", themes=[care]
    )
    PracticeFactory(title_bg="Полска практика", title_en="Polish practice", country="PL", themes=[care])
    DocumentFactory(practices=[practice], title_bg="Доклад", title_en="Report")

    browser_page.goto(f"{live_server.url}/{language}/practices/")
    assert_no_axe_violations(browser_page)
    browser_page.get_by_label(country_label, exact=True).select_option("IT")
    browser_page.locator(".practice-filters button[type=submit]").click()
    browser_page.wait_for_url("**country=IT**")

    cards = browser_page.locator(".practice-card__title")
    assert cards.all_inner_texts() == [heading]
    assert browser_page.get_by_label(country_label, exact=True).input_value() == "IT"
    assert italy in browser_page.locator(".country-chart__table").inner_text()
    cards.get_by_role("link").click()
    browser_page.wait_for_url(f"**/practices/{practice.slug}/")

    assert browser_page.locator("h1").inner_text() == heading
    assert browser_page.locator("script[type='application/ld+json']").count() == 1
    assert browser_page.locator("[data-print-page]").is_visible()
    assert_no_axe_violations(browser_page)
    assert browser_page.console_errors == []


def test_practice_list_fits_a_narrow_phone_screen(live_server, browser_page):
    PracticeFactory(title_bg="Практика с дълго заглавие за малък екран на телефон", country="GB")
    browser_page.set_viewport_size({"width": 360, "height": 740})

    browser_page.goto(f"{live_server.url}/bg/practices/")

    overflow = browser_page.evaluate("document.documentElement.scrollWidth > window.innerWidth")
    assert overflow is False
    assert_no_axe_violations(browser_page)


def test_comparison_of_two_ticked_practices(live_server, browser_page):
    PracticeFactory(title_en="First practice")
    PracticeFactory(title_en="Second practice")

    browser_page.goto(f"{live_server.url}/en/practices/")
    for checkbox in browser_page.locator("input[name=p]").all():
        checkbox.check()
    browser_page.get_by_role("button", name="Compare").click()
    browser_page.wait_for_url("**/practices/compare/**")

    headers = browser_page.locator(".compare-table thead th").all_inner_texts()
    assert sorted(headers) == ["First practice", "Second practice"]
    assert_no_axe_violations(browser_page)
