import pytest

from portal.models import SiteSettings
from tests.browser.conftest import assert_no_axe_violations
from tests.factories.events import EventFactory
from tests.factories.films import FilmFactory, SubtitleTrackFactory
from tests.factories.forum import PostFactory as ForumPostFactory
from tests.factories.portal import OrganisationFactory, PostFactory, ProjectFactory
from tests.factories.practices import PracticeFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize(
    ("language", "heading"), [("bg", "Портал за социални иновации"), ("en", "Social innovation portal")]
)
def test_home_is_accessible_and_error_free(live_server, browser_page, language, heading):
    PostFactory(title_bg="Семинар в Благоевград", title_en="Seminar in Blagoevgrad")

    browser_page.goto(f"{live_server.url}/{language}/")

    assert browser_page.locator("h1").inner_text() == heading
    assert browser_page.locator("html").get_attribute("lang") == language
    assert_no_axe_violations(browser_page)
    assert browser_page.console_errors == []


@pytest.mark.parametrize("language", ["bg", "en"])
def test_full_home_page_with_its_chart_is_accessible(live_server, browser_page, language):
    practice = PracticeFactory(country="BG")
    PracticeFactory(country="IT")
    SiteSettings.load().featured_practices.add(practice)
    EventFactory()
    SubtitleTrackFactory(film=FilmFactory(), language="en")
    ForumPostFactory()
    PostFactory()

    browser_page.goto(f"{live_server.url}/{language}/")

    chart = browser_page.get_by_role(
        "img",
        name="Published practices by country of origin"
        if language == "en"
        else "Публикувани практики по държава на произход",
    )
    assert chart.is_visible()
    assert browser_page.locator(".home-chart__table tbody tr").count() == 2
    assert_no_axe_violations(browser_page)
    assert browser_page.console_errors == []


@pytest.mark.parametrize("language", ["bg", "en"])
def test_site_pages_from_the_footer_are_accessible(live_server, browser_page, language):
    browser_page.goto(f"{live_server.url}/{language}/")
    footer = browser_page.locator("footer")
    footer.get_by_role("link", name="За портала" if language == "bg" else "About").click()
    assert_no_axe_violations(browser_page)

    browser_page.goto(f"{live_server.url}/{language}/")
    footer.get_by_role("link", name="Контакт" if language == "bg" else "Contact").click()
    browser_page.get_by_role("button", name="Изпратете съобщението" if language == "bg" else "Send the message").click()

    assert browser_page.locator(".errorlist").first.is_visible()
    assert_no_axe_violations(browser_page)
    assert browser_page.console_errors == []


def test_stylesheet_and_script_load(live_server, browser_page):
    browser_page.goto(f"{live_server.url}/bg/")

    background = browser_page.evaluate("getComputedStyle(document.querySelector('.site-header')).backgroundColor")
    scripted = browser_page.evaluate("document.documentElement.classList.contains('js')")

    assert background == "rgb(8, 63, 81)"
    assert scripted is True
    assert browser_page.console_errors == []


def test_language_switcher_goes_to_the_same_page_in_english(live_server, browser_page):
    browser_page.goto(f"{live_server.url}/bg/organisations/")

    browser_page.get_by_role("navigation", name="Език").get_by_role("link", name="English").click()

    assert browser_page.url == f"{live_server.url}/en/organisations/"
    assert browser_page.locator("h1").inner_text() == "Organisations"


def test_skip_link_moves_focus_to_the_main_content(live_server, browser_page):
    browser_page.goto(f"{live_server.url}/en/")

    browser_page.keyboard.press("Tab")
    browser_page.keyboard.press("Enter")

    assert browser_page.evaluate("document.activeElement.id") == "main"


@pytest.mark.parametrize("language", ["bg", "en"])
def test_directory_and_project_pages_are_accessible(live_server, browser_page, language):
    project = ProjectFactory()
    project.partners.add(OrganisationFactory())

    for path in (f"/{language}/organisations/", f"/{language}/projects/{project.slug}/", f"/{language}/news/"):
        browser_page.goto(f"{live_server.url}{path}")
        assert_no_axe_violations(browser_page)
    assert browser_page.console_errors == []
