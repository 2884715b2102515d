"""The demo conference programme in Chromium: follow a session, star it, and the grid reflows to a list at 360 px."""

import io

import pytest
from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth.models import Group
from django.test import Client
from playwright.sync_api import expect

from core import roles
from demo import directory as directory_demo
from demo import events as events_demo
from events.models import Event, StarredSession
from tests.browser.conftest import assert_no_axe_violations
from tests.factories.portal import UserFactory

CONFERENCE = "scotland-social-inclusion-conference"


@pytest.fixture
def conference():
    # transaction=True flushes the groups the data migrations made; the directory demo assigns roles.
    for role in roles.ROLES:
        Group.objects.get_or_create(name=role)
    directory_demo.load(stdout=io.StringIO())
    events_demo.load(stdout=io.StringIO())
    return Event.objects.get(slug=CONFERENCE)


def sign_in(page, live_server):
    """Give the browser the session cookie of a signed-in participant with a verified e-mail."""
    user = UserFactory()
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    client = Client()
    client.force_login(user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    page.context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": live_server.url}])
    return user


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_programme_follow_session_and_star_it(browser_page, live_server, conference):
    page = browser_page
    user = sign_in(page, live_server)

    page.goto(f"{live_server.url}/bg/events/{CONFERENCE}/programme/")
    assert_no_axe_violations(page)
    assert page.locator(".timetable__slot").first.evaluate("node => getComputedStyle(node).display") == "grid"

    page.get_by_role("link", name="Интеграция на здравните и социалните грижи в Шотландия").click()
    page.wait_for_url("**/sessions/*/")
    assert page.locator("h1").inner_text() == "Интеграция на здравните и социалните грижи в Шотландия"
    assert_no_axe_violations(page)

    star = page.locator("button.star")
    star.click()
    expect(star).to_have_attribute("aria-pressed", "true")

    assert star.inner_text().strip().endswith("В моята програма")
    assert list(StarredSession.objects.filter(user=user).values_list("session__title_en", flat=True)) == [
        "Integration of health and social care in Scotland"
    ]
    assert page.console_errors == []


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_programme_reflows_to_a_list_at_360_px(browser_page, live_server, conference):
    page = browser_page
    page.set_viewport_size({"width": 360, "height": 740})

    page.goto(f"{live_server.url}/en/events/{CONFERENCE}/programme/#")

    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    assert page.locator(".timetable__slot").first.evaluate("node => getComputedStyle(node).display") == "block"
    assert_no_axe_violations(page)
    assert page.console_errors == []
