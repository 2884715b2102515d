"""HTTP caching (core.http_cache): anonymous pages from the page cache answer conditional requests with 304 and may
be kept briefly by a shared cache; signed-in pages and pages with a CSRF form are never stored by anyone."""

import pytest
from django.urls import reverse

from core.http_cache import PUBLIC_SECONDS
from tests.factories.portal import PostFactory

pytestmark = pytest.mark.django_db

LANGUAGES = ["bg", "en"]


def cache_control(response):
    return {part.strip() for part in response.get("Cache-Control", "").split(",") if part.strip()}


@pytest.mark.parametrize("language", LANGUAGES)
def test_anonymous_page_carries_validators_and_may_be_kept_by_a_proxy(client, language):
    PostFactory()

    first = client.get(f"/{language}/news/")
    again = client.get(f"/{language}/news/")  # from the page cache

    for response in (first, again):
        assert response.status_code == 200
        assert response["ETag"].startswith('"')
        assert "Last-Modified" in response
        assert {"public", "max-age=0", f"s-maxage={PUBLIC_SECONDS}"} <= cache_control(response)
    assert first["ETag"] == again["ETag"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_current_copy_gets_304_without_a_body(client, language):
    PostFactory()
    etag = client.get(f"/{language}/news/")["ETag"]

    response = client.get(f"/{language}/news/", headers={"If-None-Match": etag})

    assert response.status_code == 304
    assert response.content == b""
    assert response["ETag"] == etag


def test_a_copy_as_old_as_the_page_gets_304(client):
    PostFactory()
    last_modified = client.get("/en/news/")["Last-Modified"]

    response = client.get("/en/news/", headers={"If-Modified-Since": last_modified})

    assert response.status_code == 304


@pytest.mark.parametrize("language", LANGUAGES)
def test_after_an_edit_the_etag_changes_and_the_old_copy_gets_the_new_page(
    client, django_capture_on_commit_callbacks, language
):
    post = PostFactory(title_bg="Стара новина", title_en="Old news")
    old = client.get(f"/{language}/news/{post.slug}/")["ETag"]

    with django_capture_on_commit_callbacks(execute=True):
        post.title_bg, post.title_en = "Нова новина", "New news"
        post.save()
    response = client.get(f"/{language}/news/{post.slug}/", headers={"If-None-Match": old})

    assert response.status_code == 200
    assert response["ETag"] != old
    assert ("Нова новина" if language == "bg" else "New news") in response.content.decode()


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_signed_in_page_is_never_public(client, participant, language):
    PostFactory()
    client.force_login(participant)

    for _ in range(2):
        response = client.get(f"/{language}/news/")

        assert response.status_code == 200
        assert "public" not in cache_control(response)
        assert {"private", "no-store"} <= cache_control(response)
        assert "ETag" not in response


def test_a_signed_in_reader_gets_no_304_for_an_anonymous_copy(client, participant):
    PostFactory()
    etag = client.get("/bg/news/")["ETag"]
    client.force_login(participant)

    response = client.get("/bg/news/", headers={"If-None-Match": etag})

    assert response.status_code == 200
    assert "ETag" not in response


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_page_with_a_csrf_form_is_never_public(client, language):
    response = client.get(f"/{language}/contact/")

    assert response.status_code == 200
    assert 'name="csrfmiddlewaretoken"' in response.content.decode()
    assert "public" not in cache_control(response)
    assert {"private", "no-store"} <= cache_control(response)


def test_pages_vary_on_the_cookie_not_on_the_browser_language(client):
    PostFactory()

    response = client.get("/bg/news/")

    vary = {part.strip().lower() for part in response["Vary"].split(",")}
    assert "cookie" in vary
    assert "accept-language" not in vary


def test_the_unprefixed_address_varies_on_the_browser_language(client):
    response = client.get("/")

    assert response.status_code == 302
    assert "accept-language" in response["Vary"].lower()


def test_the_sign_in_page_is_never_public(client):
    response = client.get(reverse("account_login"))

    assert "public" not in cache_control(response)
    assert "no-store" in cache_control(response)
