"""The film upload in the admin, in Chromium: a progress bar while the file goes up, and nothing lost on failure."""

import re

import pytest

from demo import films as demo
from films.models import Film
from tests.factories.portal import totp_code

FILM_FILE = demo.MEDIA / "young-and-old.webm"


@pytest.fixture
def admin_page(live_server, browser_page, moderator):
    page = browser_page
    page.failed_responses = []
    page.on("response", lambda response: response.status >= 400 and page.failed_responses.append(response.url))
    page.goto(f"{live_server.url}/admin/login/")  # allauth's sign-in, then the authenticator app's code
    page.fill("#id_login", moderator.email)
    page.fill("#id_password", "correct-horse-battery")
    page.click("main [type=submit]")
    page.fill("#id_code", totp_code(moderator.totp_secret))
    page.click("main [type=submit]")
    page.wait_for_url("**/admin/")
    page.goto(f"{live_server.url}/admin/films/film/add/")
    page.fill("#id_title_bg", "Млади и възрастни")
    page.fill("#id_slug", "young-and-old")
    page.fill("#id_duration", "00:00:45")
    page.set_input_files("#id_file", str(FILM_FILE))
    return page


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_film_upload_shows_progress_and_saves(admin_page):
    page = admin_page
    # A slow uplink (8 KB/s) so the 15 KB film takes a couple of seconds to go up.
    network = page.context.new_cdp_session(page)
    network.send("Network.enable")
    network.send(
        "Network.emulateNetworkConditions",
        {"offline": False, "latency": 0, "downloadThroughput": -1, "uploadThroughput": 8 * 1024},
    )

    page.click("[name=_save]")

    label = page.wait_for_selector(".film-upload-progress label:has-text('остават около')")
    assert re.fullmatch(r"Качени \d{1,3}%, остават около (\d+ s|…)", label.text_content())
    page.wait_for_url("**/admin/films/film/")
    film = Film.objects.get(slug="young-and-old")
    assert film.file.size == FILM_FILE.stat().st_size
    # Admin pages name no icon, so Chromium's own /favicon.ico request 404s; every request the page made succeeded.
    assert page.failed_responses == []
    assert [error for error in page.console_errors if not error.startswith("Failed to load resource")] == []


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_failed_upload_keeps_the_form_as_typed(admin_page):
    page = admin_page
    page.route("**/admin/films/film/add/", lambda route: route.abort("connectionreset"))

    page.click("[name=_save]")

    page.wait_for_selector(".film-upload-progress label:has-text('Качването не успя')")
    assert page.input_value("#id_title_bg") == "Млади и възрастни"
    assert page.input_value("#id_duration") == "00:00:45"
    assert page.is_enabled("[name=_save]")
    assert Film.objects.count() == 0


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_translation_tabs_work_under_the_strict_csp(admin_page):
    page = admin_page

    assert page.is_hidden("#id_title_en")
    page.click("a[href='#tab_id_title_en']")

    assert page.is_visible("#id_title_en")
    assert page.is_hidden("#id_title_bg")
    assert page.get_attribute("a[href='#tab_id_title_en']", "aria-selected") == "true"
    assert [error for error in page.console_errors if not error.startswith("Failed to load resource")] == []


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_refused_film_file_shows_the_message_with_the_form_as_typed(admin_page):
    page = admin_page
    page.set_input_files("#id_file", str(demo.MEDIA / "young-and-old.jpg"))

    page.click("[name=_save]")

    page.wait_for_selector("text=Файлът не е видео във формат MP4 или WebM.")
    assert page.input_value("#id_title_bg") == "Млади и възрастни"
    assert page.input_value("#id_slug") == "young-and-old"
    assert Film.objects.count() == 0
    assert page.is_hidden("#id_title_en")  # the translation tabs came back with the page
    assert [error for error in page.console_errors if not error.startswith("Failed to load resource")] == []
