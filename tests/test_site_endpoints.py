"""Endpoints outside the language prefix: sitemap, robots.txt, the health check; and the deploy check."""

import os
import secrets
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import DatabaseError

from tests.factories.portal import OrganisationFactory, PostFactory

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parent.parent


def test_sitemap_lists_pages_in_both_languages_with_hreflang_alternates(client):
    OrganisationFactory(slug="iriss")
    PostFactory(slug="closing")

    xml = client.get("/sitemap.xml").content.decode()

    assert "<loc>http://127.0.0.1:8000/bg/organisations/iriss/</loc>" in xml
    assert "<loc>http://127.0.0.1:8000/en/organisations/iriss/</loc>" in xml
    assert 'hreflang="en" href="http://127.0.0.1:8000/en/news/closing/"' in xml
    assert 'hreflang="x-default"' in xml


def test_sitemap_leaves_out_drafts(client):
    PostFactory(slug="secret-draft", status="draft")

    assert "secret-draft" not in client.get("/sitemap.xml").content.decode()


def test_robots_txt_keeps_crawlers_out_of_admin_and_accounts(client):
    response = client.get("/robots.txt")

    text = response.content.decode()
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert "Disallow: /admin/" in text
    assert "Disallow: /bg/accounts/" in text
    assert "Sitemap: http://127.0.0.1:8000/sitemap.xml" in text


def test_healthz_reports_a_working_database(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}


def test_healthz_answers_503_when_the_database_is_down(client, monkeypatch):
    def broken_cursor(*args, **kwargs):
        raise DatabaseError("connection refused")

    monkeypatch.setattr("portal.views.system.connection.cursor", broken_cursor)

    response = client.get("/healthz")

    assert response.status_code == 503
    assert response.json() == {"status": "error", "database": "unavailable", "cache": "ok"}


def test_deploy_check_passes_with_production_settings():
    # The browser tests' conftest allows async-unsafe calls for this process; a deployment must not.
    env = {
        **{name: value for name, value in os.environ.items() if name != "DJANGO_ALLOW_ASYNC_UNSAFE"},
        "DEBUG": "0",
        "SECRET_KEY": secrets.token_urlsafe(60),
        "ALLOWED_HOSTS": "portal.example.org",
        "DJANGO_SETTINGS_MODULE": "portal.settings",
    }

    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_language_cookie_is_secure_and_same_site_in_production():
    env = {
        **os.environ,
        "DEBUG": "0",
        "SECRET_KEY": secrets.token_urlsafe(60),
        "ALLOWED_HOSTS": "portal.example.org",
        "DJANGO_SETTINGS_MODULE": "portal.settings",
    }
    code = (
        "from django.conf import settings; "
        "print(settings.LANGUAGE_COOKIE_SECURE, settings.LANGUAGE_COOKIE_SAMESITE, settings.LANGUAGE_COOKIE_HTTPONLY)"
    )

    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.stdout.split() == ["True", "Lax", "False"], result.stderr


def test_switching_language_sets_a_same_site_cookie(client):
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/en/"})

    cookie = response.cookies["django_language"]
    assert cookie.value == "en"
    assert cookie["samesite"] == "Lax"


def icon_sizes(data):
    """The sizes an ICO file holds, read from its header (the site's Pillow opens only the upload formats)."""
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    entries = [struct.unpack_from("<BB", data, 6 + 16 * number) for number in range(count)]
    return sorted((width or 256, height or 256) for width, height in entries)


def test_favicon_ico_leads_to_an_icon_in_the_sizes_browsers_ask_for(client):
    response = client.get("/favicon.ico")
    icon = client.get(response["Location"])

    assert (response.status_code, response["Location"]) == (302, "/static/favicon.ico")
    assert "max-age=86400" in response["Cache-Control"]
    assert icon_sizes(b"".join(icon.streaming_content)) == [(16, 16), (32, 32), (48, 48)]


@pytest.mark.parametrize("language", ["bg", "en"])
def test_every_page_links_both_icons(client, language):
    html = client.get(f"/{language}/").content.decode()

    assert '<link rel="icon" href="/static/favicon.ico" sizes="48x48">' in html
    assert '<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">' in html
