"""Keyboard only, over the demo content: star a session, filter the practices, register for an event and comment at
the film's current moment. After every key press the focus is on an element (never <body>) and shows the site's
focus ring, and no element loses focus to nothing on the way (a disabled button would)."""

import pytest
from playwright.sync_api import expect

from events.models import Event, Registration, StarredSession
from films.models import Film
from forum.models import Post
from tests.browser.media import MEDIA_URL
from tests.browser.test_comments import sign_in
from tests.browser.tour import load_demo
from tests.factories.portal import VerifiedUserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# "lost" when focus is on <body> or nowhere; else whether the focused element shows an outline of 2 px or more.
# The film player's own controls cannot be styled: the ring is drawn round the player that holds them.
FOCUS_STATE = """() => {
  const element = document.activeElement;
  if (!element || element === document.body) return "lost";
  const style = getComputedStyle(element.closest(".film__player") ?? element);
  const ring = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2;
  return ring ? "visible" : `no focus ring: ${element.outerHTML.slice(0, 120)}`;
}"""
# Records every time focus leaves an element for nothing (relatedTarget null) while the page stays.
WATCH_FOCUS_LOSS = """
window.focusLosses = [];
document.addEventListener("focusout", (event) => {
  if (!event.relatedTarget && document.hasFocus()) {
    setTimeout(() => {
      if (document.activeElement === document.body) window.focusLosses.push(event.target.outerHTML.slice(0, 120));
    });
  }
});
"""


@pytest.fixture
def participant(role_groups):
    load_demo()
    return VerifiedUserFactory()


@pytest.fixture
def page(browser_page, live_server, participant):
    browser_page.add_init_script(WATCH_FOCUS_LOSS)
    sign_in(browser_page, live_server, participant)
    return browser_page


def press(page, key):
    page.keyboard.press(key)
    assert page.evaluate(FOCUS_STATE) == "visible", f"after {key}"


def press_to_submit(page):
    """Press Enter on the focused submit button and wait for the page the form leads to."""
    with page.expect_navigation():
        page.keyboard.press("Enter")


def tab_to(page, locator, *, limit=250):
    """Press Tab until `locator` has focus, checking the focus at every stop."""
    for _ in range(limit):
        press(page, "Tab")
        if locator.evaluate("(element) => element === document.activeElement"):
            return
    raise AssertionError(f"{locator} never received focus")


def focus_losses(page):
    page.wait_for_timeout(50)
    return page.evaluate("window.focusLosses")


def test_starring_a_session_by_keyboard_keeps_focus_on_the_star(page, live_server, participant):
    event = Event.objects.get(slug="scotland-social-inclusion-conference")
    page.goto(f"{live_server.url}/bg/events/{event.slug}/programme/")
    star = page.locator("button.star").first

    tab_to(page, star)
    press(page, "Enter")
    expect(star).to_have_attribute("aria-pressed", "true")
    expect(star).not_to_have_attribute("aria-disabled", "true")

    assert star.evaluate("(element) => element === document.activeElement") is True
    assert page.evaluate(FOCUS_STATE) == "visible"
    assert StarredSession.objects.filter(user=participant).count() == 1
    press(page, "Space")
    expect(star).to_have_attribute("aria-pressed", "false")
    assert StarredSession.objects.filter(user=participant).count() == 0
    assert focus_losses(page) == []
    assert page.console_errors == []


@pytest.mark.parametrize("width", [360, 1280])
def test_filtering_practices_by_keyboard(page, live_server, width):
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(f"{live_server.url}/en/practices/")
    disclosure = page.locator("details.practice-filters")
    country = page.get_by_label("Country", exact=True)

    if width < 800:
        tab_to(page, disclosure.locator("summary"))
        press(page, "Enter")
        expect(disclosure).to_have_attribute("open", "")
    tab_to(page, country)
    country.press("ArrowDown")  # the first country after "All", chosen without opening the list
    chosen = country.input_value()
    tab_to(page, page.get_by_role("button", name="Show practices"))
    press_to_submit(page)

    countries = {
        meta.split(",")[0].split("·")[0].strip() for meta in page.locator(".practice-card__meta").all_inner_texts()
    }
    assert f"country={chosen}" in page.url
    assert len(countries) == 1
    press(page, "Tab")
    assert page.console_errors == []


def test_registering_for_an_event_by_keyboard(page, live_server, participant):
    event = next(event for event in Event.objects.upcoming() if event.registration_is_open())
    page.goto(f"{live_server.url}/en/events/{event.slug}/")

    tab_to(page, page.get_by_label("Organisation"))
    page.keyboard.type("Асоциация за развитие на София")
    tab_to(page, page.get_by_role("button", name="Register", exact=True))
    press_to_submit(page)

    message = page.locator(".messages")
    expect(message).to_be_focused()
    assert page.evaluate(FOCUS_STATE) == "visible"
    assert list(Registration.objects.filter(user=participant).values_list("event__slug", "organisation")) == [
        (event.slug, "Асоциация за развитие на София")
    ]
    press(page, "Tab")
    assert page.console_errors == []


def test_commenting_at_the_films_current_moment_by_keyboard(page, live_server, participant, settings):
    settings.ROOT_URLCONF = "tests.browser.media"
    settings.MEDIA_URL = MEDIA_URL
    film = next(film for film in Film.objects.published() if film.file)
    page.goto(f"{live_server.url}/en/films/{film.slug}/")
    page.wait_for_function("() => document.querySelector('video[data-film-player]').readyState >= 1")
    line = page.locator(".transcript__cue a").nth(2)
    follow = page.get_by_label("Follow along (scroll with the film)")

    tab_to(page, follow)
    press(page, "Space")
    expect(follow).not_to_be_checked()
    press(page, "Space")
    expect(follow).to_be_checked()
    tab_to(page, line)
    press(page, "Enter")
    line_seconds = float(line.get_attribute("data-seek-seconds"))
    page.wait_for_function(
        f"() => document.querySelector('video[data-film-player]').currentTime >= {line_seconds} - 0.5"
    )
    tab_to(page, page.get_by_role("button", name="Comment at the current moment of the film"))
    press(page, "Enter")
    moment = page.get_by_label("Moment of the film (mm:ss)").input_value()
    expect(page.get_by_label("Your message")).to_be_focused()
    page.keyboard.type("Here the young people arrive for the first time.")
    tab_to(page, page.get_by_role("button", name="Publish your post"))
    press(page, "Enter")
    new_post = page.locator("[data-forum-new-post]")
    expect(new_post).to_be_focused()

    minutes, seconds = moment.split(":")
    post = Post.objects.get(author=participant)
    assert post.anchor_seconds == int(minutes) * 60 + int(seconds)
    assert post.anchor_seconds >= int(line_seconds)
    assert page.evaluate(FOCUS_STATE) == "visible"
    assert focus_losses(page) == []
    assert page.console_errors == []
