"""A forum thread in Chromium: a reply is posted in place without a reload, and the page is accessible."""

import pytest

from forum.models import Post
from tests.browser.conftest import assert_no_axe_violations
from tests.browser.test_comments import sign_in
from tests.factories.forum import PostFactory, ThreadFactory
from tests.factories.portal import ProfileFactory, VerifiedUserFactory


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_forum_reply_posted_in_place_and_thread_page_accessible(live_server, browser_page):
    page = browser_page
    thread = ThreadFactory(title="Общи екипи за грижа у дома")
    first = PostFactory(discussion=thread, body="Кой е опитвал съвместни посещения?")
    sign_in(page, live_server, ProfileFactory(user=VerifiedUserFactory(), display_name="Георги Димитров").user)
    page.goto(f"{live_server.url}{thread.get_absolute_url()}?reply_to={first.pk}")

    page.get_by_label("Вашето съобщение").fill("Ние опитахме – _без общ бюджет_ е трудно.")
    page.get_by_role("button", name="Публикувайте отговора").click()

    new_post = page.locator("[data-forum-new-post]")
    new_post.wait_for()
    assert new_post.locator(".forum-post__body em").inner_text() == "без общ бюджет"
    assert "Кой е опитвал съвместни посещения?" in new_post.locator(".forum-post__quote").inner_text()
    assert page.evaluate("() => document.activeElement.matches('[data-forum-new-post]')")
    assert Post.objects.get(reply_to=first).author.profile.display_name == "Георги Димитров"
    assert page.console_errors == []
    assert_no_axe_violations(page)

    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(f"{live_server.url}{thread.category.get_absolute_url()}")
    assert page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")
    assert_no_axe_violations(page)
