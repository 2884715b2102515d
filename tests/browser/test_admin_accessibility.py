"""The admin as moderators and organisers work in it, in Chromium, on the demo content: axe finds no serious or
critical violation on the sign-in and two-factor pages, the admin index, every list, add form and change form the
role may open, and the moderation queue.

The two users are the demo's own moderator and organiser (members of their groups, never superusers), given an
authenticator app as the admin requires.
"""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse

from core import roles
from forum.models import Post
from tests.admin_pages import admin_pages
from tests.browser.conftest import axe_violations
from tests.factories.forum import FlagFactory, PostFactory
from tests.factories.portal import totp_code, with_two_factor

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "correct-horse-battery"


@pytest.fixture
def demo_staff(role_groups):
    """The demo content, an open flag and a held post for the moderation queue, and the demo's staff users."""
    call_command("load_demo", stdout=StringIO())
    post = Post.objects.filter(reply_to=None).first()
    FlagFactory(post=post)
    PostFactory(discussion=post.discussion, is_held=True, body="Задържана публикация")
    users = {}
    for role, username in ((roles.MODERATOR, "moderator"), (roles.ORGANISER, "organiser")):
        user = get_user_model().objects.get(username=username)
        user.set_password(PASSWORD)
        user.save()
        users[role] = with_two_factor(user)
    return users


def check(page):
    """(axe's serious and critical violations, the console errors the page logged while loading) on the page.

    axe's own probes set inline styles, which the strict CSP refuses and reports: those are left out. So are
    Chromium's failed requests for /favicon.ico, which admin pages do not name.
    """
    errors = [error for error in page.console_errors if not error.startswith("Failed to load resource")]
    violations = axe_violations(page)
    page.console_errors.clear()
    return violations, errors


def sign_in_to_the_admin(page, base_url, user):
    """allauth's sign-in and the authenticator's code, as the admin asks for them, checked on the way."""
    found = {}
    page.goto(f"{base_url}{reverse('admin:index')}")
    found["sign-in"] = check(page)
    page.fill("#id_login", user.email)
    page.fill("#id_password", PASSWORD)
    page.click("main [type=submit]")
    page.wait_for_selector("#id_code")
    found["two-factor"] = check(page)
    page.fill("#id_code", totp_code(user.totp_secret))
    page.click("main [type=submit]")
    page.wait_for_url("**/admin/")
    return found


def walk_the_admin(page, base_url, user):
    """{page: (axe's violations, console errors)} over the sign-in and every admin page `user` may open."""
    found = sign_in_to_the_admin(page, base_url, user)
    for path in admin_pages(user):
        response = page.goto(f"{base_url}{path}")
        assert response.status == 200, path
        found[path] = check(page)
    return found


@pytest.mark.parametrize("role", [roles.MODERATOR, roles.ORGANISER])
def test_admin_pages_have_no_serious_axe_violations(live_server, browser_page, demo_staff, role):
    found = walk_the_admin(browser_page, live_server.url, demo_staff[role])

    serious = {
        page: sorted(f"{v['id']} {[node['target'] for node in v['nodes']][:3]}" for v in violations)
        for page, (violations, _errors) in found.items()
        if violations
    }
    console_errors = {page: errors for page, (_violations, errors) in found.items() if errors}
    assert len(found) > (20 if role == roles.MODERATOR else 10)
    assert serious == {}
    assert console_errors == {}
