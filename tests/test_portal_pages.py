"""The site shell on every page: languages, alternates, canonical links, the CSP header, the switcher."""

import re

import pytest
from django.urls import reverse
from django.utils import translation

from tests.factories.portal import OrganisationFactory, PostFactory, ProjectFactory

pytestmark = pytest.mark.django_db


def page_urls():
    organisation = OrganisationFactory(slug="iriss")
    project = ProjectFactory(slug="fuse", lead_organisation=organisation)
    post = PostFactory(slug="closing")
    return [
        reverse("portal:home"),
        reverse("directory:organisation-list"),
        organisation.get_absolute_url(),
        reverse("directory:project-list"),
        project.get_absolute_url(),
        reverse("news:post-list"),
        post.get_absolute_url(),
        reverse("portal:search") + "?q=fuse",
        reverse("portal:about"),
        reverse("portal:terms"),
        reverse("portal:contact"),
        reverse("account_login"),
        reverse("account_signup"),
    ]


@pytest.mark.parametrize("language", ["bg", "en"])
def test_every_page_has_lang_title_canonical_and_hreflang(client, language):
    with translation.override(language):
        urls = page_urls()

    for url in urls:
        html = client.get(url).content.decode()

        assert f'<html lang="{language}">' in html, url
        assert re.search(r"<title>\s*\S", html), url
        assert f'<link rel="canonical" href="http://127.0.0.1:8000{url.split("?")[0]}">' in html, url
        for code in ("bg", "en", "x-default"):
            assert f'hreflang="{code}"' in html, url


def test_every_page_sends_a_strict_csp_and_has_no_inline_script(client):
    urls = page_urls()

    for url in urls:
        response = client.get(url)
        html = response.content.decode()

        policy = response.headers["Content-Security-Policy"]
        assert "script-src 'self'" in policy, url
        assert "unsafe-inline" not in policy, url
        assert re.findall(r"<script(?![^>]*\bsrc=)[^>]*>", html) == [], url
        assert ' style="' not in html, url


def test_language_switcher_links_to_the_same_page_in_the_other_language(client):
    organisation = OrganisationFactory(slug="bcause", name_bg="Фондация BCause", name_en="BCause Foundation")

    html = client.get("/bg/organisations/bcause/?x=1").content.decode()

    assert 'href="/en/organisations/bcause/?x=1" hreflang="en"' in html
    assert "BCause Foundation" in client.get("/en/organisations/bcause/").content.decode()
    assert organisation.name_bg in html


def test_the_switcher_and_menu_remembered_per_worker_still_follow_each_page_and_language(client):
    OrganisationFactory(slug="bcause")
    OrganisationFactory(slug="other")

    # The shell's links are remembered per path and language (portal.context_processors): each visit in turn gets
    # its own, the current language marked.
    for _round in range(2):
        for path, other in (
            ("/bg/organisations/bcause/", "/en/organisations/bcause/"),
            ("/en/organisations/other/", "/bg/organisations/other/"),
        ):
            html = client.get(path).content.decode()
            language = path[1:3]
            assert f'href="{other}" hreflang="{other[1:3]}"' in html
            assert (
                f'href="{path}" hreflang="{language}"\n                 lang="{language}" aria-current="true"' in html
            )
            assert f'<a href="/{language}/organisations/"' in html


def test_root_redirects_to_bulgarian_by_default(client):
    response = client.get("/")

    assert response.status_code == 302
    assert response["Location"] == "/bg/"


def test_root_redirects_to_the_language_chosen_before(client, settings):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"

    response = client.get("/")

    assert response["Location"] == "/en/"


@pytest.mark.parametrize(
    ("language", "heading"), [("bg", "Портал за социални иновации"), ("en", "Social innovation portal")]
)
def test_home_shows_latest_news_in_the_page_language(client, language, heading):
    PostFactory(title_bg="Семинар в Благоевград", title_en="Seminar in Blagoevgrad")

    html = client.get(f"/{language}/").content.decode()

    assert heading in html
    assert ("Семинар в Благоевград" if language == "bg" else "Seminar in Blagoevgrad") in html


def test_footer_shows_the_funding_acknowledgement_in_the_page_language(client):
    from portal.models import SiteSettings

    SiteSettings.objects.update_or_create(
        pk=1,
        defaults={
            "funding_acknowledgement_bg": "С подкрепата на ЕСФ.",
            "funding_acknowledgement_en": "With ESF support.",
        },
    )

    assert "С подкрепата на ЕСФ." in client.get("/bg/").content.decode()
    assert "With ESF support." in client.get("/en/").content.decode()
