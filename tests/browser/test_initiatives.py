"""From the home page to an open volunteering call in a remote village, filtered by "remote", and interest expressed
as a signed-in participant; the list, the call and the page after the form free of axe violations."""

import pytest
from django.core import mail
from playwright.sync_api import expect

from core import roles
from initiatives.models import Interest
from tests.browser.conftest import assert_no_axe_violations
from tests.browser.test_comments import sign_in
from tests.factories.initiatives import CallFactory
from tests.factories.portal import MembershipFactory, ProfileFactory, VerifiedUserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize(
    ("language", "remote"), [("bg", "Отдалечено или малко населено място"), ("en", "Remote or small")]
)
def test_find_a_remote_volunteering_call_from_the_home_page_and_express_interest(
    live_server, browser_page, role_groups, language, remote
):
    member = MembershipFactory().user
    CallFactory(organisation=member.memberships.get().organisation, title_bg="Градска покана", title_en="Town call")
    call = CallFactory(
        organisation=member.memberships.get().organisation,
        remote_or_small=True,
        title_bg="Доброволци в Гела",
        title_en="Volunteers in Gela",
        oblast="BG-21",
    )
    volunteer = roles.assign_role(user=VerifiedUserFactory(), role=roles.PARTICIPANT)
    ProfileFactory(user=volunteer, display_name="Петя")
    page = browser_page
    sign_in(page, live_server, volunteer)

    page.goto(f"{live_server.url}/{language}/")
    page.locator("#open-calls ~ p a").click()
    page.get_by_label(remote, exact=False).check()
    page.locator("main form button[type=submit]").click()
    assert_no_axe_violations(page)
    expect(page.locator("main")).not_to_contain_text(("Градска покана", "Town call")[language == "en"])
    page.get_by_role("link", name=call.title_bg if language == "bg" else call.title_en).click()
    assert_no_axe_violations(page)
    page.locator("#id_message").fill("Мога да помагам през юли.")
    page.locator("section[aria-labelledby=interest-heading] button[type=submit]").click()

    expect(page.locator(".messages")).to_be_visible()
    assert_no_axe_violations(page)
    assert page.console_errors == []
    assert Interest.objects.get().user == volunteer
    assert [message.to for message in mail.outbox] == [[member.email]]
