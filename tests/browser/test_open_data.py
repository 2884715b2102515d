import pytest

from tests.browser.conftest import assert_no_axe_violations
from tests.factories.practices import PracticeFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize(
    ("path", "heading"),
    [
        ("/bg/data/", "Отворени данни"),
        ("/en/data/", "Open data"),
        ("/bg/data/practices/", "Добри практики: кодова книга на отворените данни"),
        ("/en/data/sessions/", "Sessions of the event programmes: codebook of the open data"),
    ],
)
def test_open_data_pages_are_accessible_and_error_free(live_server, browser_page, path, heading):
    browser_page.goto(f"{live_server.url}{path}")

    assert browser_page.locator("h1").inner_text() == heading
    assert_no_axe_violations(browser_page)
    assert browser_page.console_errors == []


def test_the_footer_leads_to_the_open_data_and_a_list_s_codebook(live_server, browser_page):
    PracticeFactory(title_en="Pathways to work")
    browser_page.goto(f"{live_server.url}/en/")

    browser_page.get_by_role("contentinfo").get_by_role("link", name="Open data").click()
    browser_page.get_by_role("link", name="Good practices").click()

    assert browser_page.url == f"{live_server.url}/en/data/practices/"
    assert browser_page.get_by_role("cell", name="Title, in English.").count() == 1
