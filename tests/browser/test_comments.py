"""Commenting on a film in Chromium: the moment comes from the player, the comment appears in place,
its time link seeks the film, and the page stays accessible with the strict CSP."""

from datetime import timedelta

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.test import Client

from demo import films as demo
from forum.models import Post
from tests.browser.conftest import assert_no_axe_violations
from tests.browser.media import MEDIA_URL
from tests.factories.films import FilmFactory
from tests.factories.portal import ProfileFactory, VerifiedUserFactory

FILM = demo.FILMS[0]


@pytest.fixture
def film(settings):
    settings.ROOT_URLCONF = "tests.browser.media"
    settings.MEDIA_URL = MEDIA_URL
    return FilmFactory(
        slug=FILM["slug"],
        title_bg=FILM["title"][0],
        title_en=FILM["title"][1],
        duration=timedelta(seconds=45),
        file=ContentFile((demo.MEDIA / f"{FILM['slug']}.webm").read_bytes(), name=f"{FILM['slug']}.webm"),
    )


def sign_in(page, live_server, user):
    """Give the browser the session of a signed-in user (signing in itself is the accounts tests' job)."""
    client = Client()
    client.force_login(user)
    page.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )


def current_time(page):
    return page.evaluate("() => document.querySelector('video[data-film-player]').currentTime")


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_comment_at_current_moment_appears_and_seeks_the_film(live_server, browser_page, film):
    page = browser_page
    participant = ProfileFactory(user=VerifiedUserFactory(), display_name="Ивана Колева").user
    sign_in(page, live_server, participant)
    page.goto(f"{live_server.url}{film.get_absolute_url()}")
    page.wait_for_function("() => document.querySelector('video[data-film-player]').readyState >= 1")

    page.evaluate("() => { document.querySelector('video[data-film-player]').currentTime = 7.4; }")
    page.wait_for_function("() => Math.floor(document.querySelector('video[data-film-player]').currentTime) === 7")
    page.get_by_role("button", name="Коментар към текущия момент от филма").click()
    page.get_by_text("00:07").wait_for()
    page.get_by_label("Вашето съобщение").fill("Тук младежите идват за **първи** път.")
    page.get_by_role("button", name="Публикувайте").click()

    new_post = page.locator("[data-forum-new-post]")
    new_post.wait_for()
    post = Post.objects.get()
    assert post.anchor_seconds == 7
    assert new_post.locator(".forum-post__body strong").inner_text() == "първи"
    assert page.url == f"{live_server.url}{film.get_absolute_url()}"  # posted in place, no reload
    moment = new_post.locator("[data-seek-seconds]")
    assert (moment.inner_text(), moment.get_attribute("href")) == ("в 00:07", "?t=7")

    page.evaluate(
        "() => { const v = document.querySelector('video[data-film-player]'); v.pause(); v.currentTime = 30; }"
    )
    page.wait_for_function("() => document.querySelector('video[data-film-player]').currentTime >= 29")
    moment.click()
    page.wait_for_function("() => Math.abs(document.querySelector('video[data-film-player]').currentTime - 7) < 1.5")

    assert abs(current_time(page) - 7) < 1.5
    assert page.console_errors == []
    assert_no_axe_violations(page)


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_refused_comment_keeps_the_text_in_place(live_server, browser_page, film, settings):
    settings.FORUM_POSTS_PER_MINUTE = 0  # every post is over the rate limit
    page = browser_page
    sign_in(page, live_server, VerifiedUserFactory())
    page.goto(f"{live_server.url}{film.get_absolute_url()}")

    page.get_by_label("Вашето съобщение").fill("Дълъг и обмислен коментар")
    page.get_by_role("button", name="Публикувайте").click()

    alert = page.locator("#reply-form [role=alert]")
    alert.wait_for()
    assert "Можете да публикувате отново след" in alert.inner_text()
    assert page.get_by_label("Вашето съобщение").input_value() == "Дълъг и обмислен коментар"
    assert Post.objects.count() == 0
    # Chromium reports the refusal's 422 status as a failed resource; nothing else may appear.
    assert [error for error in page.console_errors if "422" not in error] == []


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize(
    ("language", "heading", "message", "publish"),
    [
        ("bg", "Коментари", "Вашето съобщение", "Публикувайте"),
        ("en", "Comments", "Your message", "Publish"),
    ],
)
def test_posting_in_place_updates_the_count_in_the_heading(
    live_server, browser_page, film, settings, language, heading, message, publish
):
    settings.FORUM_POSTS_PER_MINUTE = 10
    page = browser_page
    sign_in(page, live_server, ProfileFactory(user=VerifiedUserFactory(), display_name="Ивана Колева").user)
    page.goto(f"{live_server.url}/{language}/films/{film.slug}/")
    title = page.locator("#comments-heading")
    assert title.inner_text().strip() == heading  # no count before the first comment

    for number, text in enumerate(["Първи коментар.", "Втори коментар."], start=1):
        page.get_by_label(message).fill(text)
        page.get_by_role("button", name=publish).click()
        page.locator("[data-forum-new-post]").nth(number - 1).wait_for()
        page.wait_for_function(
            "(expected) => document.querySelector('#comments-heading').innerText.trim() === expected",
            arg=f"{heading} ({number})",
        )

    assert page.url == f"{live_server.url}/{language}/films/{film.slug}/"  # no reload
    assert Post.objects.count() == 2
    assert page.console_errors == []
