"""Asking the enquiry desk a question without an account and without JavaScript, confirming by the e-mail's link
and following the status; the desk's and the referral directory's pages free of axe violations."""

import re

import pytest
from django.core import mail

from enquiries.enums import EnquiryStatus
from enquiries.models import Enquiry
from tests.browser.conftest import CHROMIUM, assert_no_axe_violations
from tests.factories.enquiries import PublicAnswerFactory
from tests.factories.portal import TargetGroupFactory
from tests.factories.services import ServiceFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def page_without_javascript(_chromium):
    context = _chromium.new_context(java_script_enabled=False, locale="en-GB")
    yield context.new_page()
    context.close()


@pytest.mark.parametrize(("language", "received"), [("bg", "получено"), ("en", "received")])
def test_ask_without_an_account_confirm_and_follow_the_status(live_server, page_without_javascript, language, received):
    assert CHROMIUM.exists()
    page = page_without_javascript
    page.goto(f"{live_server.url}/{language}/enquiries/")

    page.locator("#id_question").fill("Кой предоставя асистентска подкрепа в община Якоруда?")
    page.locator("#id_email").fill("ana@example.org")
    page.locator("main button[type=submit]").click()

    assert page.url == f"{live_server.url}/{language}/enquiries/sent/", page.locator("main").inner_text()
    link = re.search(r"https?://\S+/enquiries/\S+/confirm/", mail.outbox[0].body).group(0)
    page.goto(f"{live_server.url}/{link.split('://', 1)[1].split('/', 1)[1]}")

    enquiry = Enquiry.objects.get()
    assert enquiry.status == EnquiryStatus.RECEIVED
    assert page.url == f"{live_server.url}/{language}/enquiries/{enquiry.token}/"
    assert received in page.locator(".enquiry-progress").inner_text()
    assert "Якоруда" in page.locator("main").inner_text()


@pytest.mark.parametrize("language", ["bg", "en"])
def test_desk_and_directory_pages_have_no_axe_violations(live_server, browser_page, language):
    service = ServiceFactory(target_groups=[TargetGroupFactory()])
    answer = PublicAnswerFactory()

    for path in [
        "enquiries/",
        "enquiries/sent/",
        "enquiries/answers/",
        f"enquiries/answers/{answer.slug}/",
        "services/",
        f"services/{service.slug}/",
        f"services/{service.slug}/referral/",
    ]:
        browser_page.goto(f"{live_server.url}/{language}/{path}")
        assert_no_axe_violations(browser_page)
    assert browser_page.console_errors == []
