"""The pages a participant sees after sending each form (sign-up, the e-mail confirmation, a comment, a registration,
a flag, the profile) and the signed-in pages: their message is announced (a status box, focused) and axe finds
nothing serious or critical, in both languages. The comment is sent without JavaScript, as a plain form."""

import re

import pytest
from django.core import mail
from django.test import Client
from playwright.sync_api import expect

from events.models import Registration
from forum import services as forum_services
from forum.models import Flag, Post
from tests.browser.conftest import assert_no_axe_violations
from tests.browser.test_comments import sign_in
from tests.factories.events import EventFactory
from tests.factories.forum import ThreadFactory
from tests.factories.portal import ProfileFactory, VerifiedUserFactory
from tests.factories.practices import PracticeFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSPHRASE = "a long and unusual passphrase 42"
LABELS = {
    "bg": {"message": "Вашето съобщение", "organisation": "Организация"},
    "en": {"message": "Your message", "organisation": "Organisation"},
}


def assert_message_shown_and_accessible(page):
    message = page.locator(".messages")
    expect(message).to_be_focused()
    assert message.get_attribute("role") == "status"
    assert_no_axe_violations(page)
    assert page.console_errors == []


def submit(page, form):
    with page.expect_navigation():
        form.locator("button[type=submit]").last.click()


@pytest.mark.parametrize("language", ["bg", "en"])
def test_sign_up_and_confirming_the_e_mail(live_server, browser_page, role_groups, language):
    page = browser_page
    page.goto(f"{live_server.url}/{language}/accounts/signup/")
    assert_no_axe_violations(page)
    data = {"display_name": "Мария Петрова", "email": "maria@example.org", "terms": "on"}
    sent = Client().post(f"/{language}/accounts/signup/", data | {"password1": PASSPHRASE, "password2": PASSPHRASE})

    page.goto(f"{live_server.url}{sent['Location']}")  # the page shown after signing up
    assert_no_axe_violations(page)
    link = re.search(r"https?://[^\s]+/accounts/confirm-email/[^\s]+", mail.outbox[0].body).group(0)
    page.goto(live_server.url + "/" + link.split("://", 1)[1].split("/", 1)[1])
    assert_no_axe_violations(page)
    submit(page, page.locator("main form"))

    assert_message_shown_and_accessible(page)


@pytest.mark.parametrize("language", ["bg", "en"])
def test_comment_registration_flag_and_profile(live_server, browser_page, role_groups, language):
    page, labels = browser_page, LABELS[language]
    participant = ProfileFactory(user=VerifiedUserFactory(), display_name="Ивана Колева").user
    practice = PracticeFactory()
    event = EventFactory()
    thread = ThreadFactory()
    other = forum_services.create_post(discussion=thread, author=VerifiedUserFactory(), body="Общи бюджети.")
    sign_in(page, live_server, participant)
    page.route("**/*.js", lambda route: route.abort())  # plain forms, as without JavaScript

    page.goto(f"{live_server.url}/{language}/practices/{practice.slug}/")
    page.get_by_label(labels["message"]).fill("Опитахме това в Габрово.")
    submit(page, page.locator("#reply-form"))
    assert page.locator(".messages").is_visible()
    assert_no_axe_violations(page)

    page.goto(f"{live_server.url}/{language}/events/{event.slug}/")
    page.get_by_label(labels["organisation"]).fill("Сдружение в Габрово")
    submit(page, page.locator(".event__registration form"))
    assert page.locator(".messages").is_visible()
    assert_no_axe_violations(page)

    page.goto(f"{live_server.url}/{language}/forum/posts/{other.pk}/flag/")
    assert_no_axe_violations(page)
    page.locator("input[name=reason]").first.check()
    submit(page, page.locator("main form"))
    assert page.locator(".messages").is_visible()
    assert_no_axe_violations(page)

    page.goto(f"{live_server.url}/{language}/profile/")
    assert_no_axe_violations(page)
    submit(page, page.locator("main form").first)
    assert page.locator(".messages").is_visible()
    assert_no_axe_violations(page)

    assert Post.objects.filter(author=participant, body="Опитахме това в Габрово.").count() == 1
    assert Registration.objects.filter(user=participant, event=event).count() == 1
    assert Flag.objects.filter(reporter=participant, post=other).count() == 1


@pytest.mark.parametrize("language", ["bg", "en"])
def test_signed_in_pages_pass_axe(live_server, browser_page, role_groups, language):
    participant = ProfileFactory(user=VerifiedUserFactory(), display_name="Ивана Колева").user
    thread = ThreadFactory()
    post = forum_services.create_post(discussion=thread, author=participant, body="Моята публикация.")
    event = EventFactory()
    sign_in(browser_page, live_server, participant)
    paths = [
        "/profile/",
        "/forum/notifications/",
        "/forum/notifications/settings/",
        f"/forum/{thread.category.slug}/new/",
        f"/forum/threads/{thread.pk}/",
        f"/forum/posts/{post.pk}/edit/",
        f"/events/{event.slug}/",
        "/profile/delete/",
    ]

    for path in paths:
        browser_page.goto(f"{live_server.url}/{language}{path}")
        assert_no_axe_violations(browser_page)
    assert browser_page.console_errors == []
