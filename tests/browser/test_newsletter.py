"""Subscribing from the footer of any page with JavaScript switched off, confirming by the link in the e-mail,
and the pages on the way free of axe violations."""

import re

import pytest
from django.core import mail

from newsletter.models import Subscriber
from tests.browser.conftest import CHROMIUM, assert_no_axe_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def page_without_javascript(_chromium):
    context = _chromium.new_context(java_script_enabled=False, locale="en-GB")
    yield context.new_page()
    context.close()


@pytest.mark.parametrize(
    ("language", "confirmed"), [("bg", "Абонаментът е потвърден"), ("en", "Subscription confirmed")]
)
def test_subscribe_from_the_footer_without_javascript_and_confirm(
    live_server, page_without_javascript, browser_page, language, confirmed
):
    assert CHROMIUM.exists()
    page = page_without_javascript
    page.goto(f"{live_server.url}/{language}/practices/")

    box = page.locator(".newsletter-box")
    box.locator("input[type=email]").fill("ana@example.org")
    box.locator("button[type=submit]").click()

    assert page.url == f"{live_server.url}/{language}/newsletter/subscribed/", page.locator("main").inner_text()
    assert Subscriber.objects.get().status == "pending"
    link = re.search(r"https?://\S+/newsletter/confirm/\S+", mail.outbox[0].body).group(0)
    path = link.split("://", 1)[1].split("/", 1)[1]

    page.goto(f"{live_server.url}/{path}")

    assert page.locator("h1").inner_text() == confirmed
    assert Subscriber.objects.get().status == "confirmed"
    for url in [f"/{language}/newsletter/", f"/{language}/newsletter/subscribed/", f"/{path}"]:
        browser_page.goto(f"{live_server.url}{url}")
        assert_no_axe_violations(browser_page)
    assert browser_page.console_errors == []


def test_the_subscription_page_shows_errors_accessibly(live_server, browser_page):
    browser_page.goto(f"{live_server.url}/en/newsletter/")
    browser_page.locator("#id_email").fill("ana@")
    browser_page.locator(".newsletter-form button[type=submit]").click()

    assert "Enter a whole e-mail address" in browser_page.locator(".newsletter-form").inner_text()
    assert browser_page.locator("#id_email").input_value() == "ana@"
    assert_no_axe_violations(browser_page)
