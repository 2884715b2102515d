"""Addresses resolved once per worker (portal.resolving): the remembered match is the one Django would find, in the
right language only, and an address that matches nothing is never remembered."""

import pytest
from django.urls import Resolver404, URLPattern, get_resolver, resolve
from django.utils import translation

from portal.resolving import RememberingResolver


@pytest.fixture
def patterns_tried(monkeypatch):
    """The URL patterns under the language prefix tried since the test began (the language-neutral ones before them
    are tried with the prefix still on the address)."""
    tried = []
    real = URLPattern.resolve

    def resolve_noted(self, path):
        if not path.startswith(("bg/", "en/")):
            tried.append(path)
        return real(self, path)

    monkeypatch.setattr(URLPattern, "resolve", resolve_noted)
    return tried


@pytest.mark.parametrize("language", ["bg", "en"])
def test_a_remembered_address_reaches_the_same_view_without_trying_patterns(patterns_tried, language):
    address = f"/{language}/events/a-slug-no-other-test-resolves/programme/"
    with translation.override(language):
        first = resolve(address)
        tried_first = len(patterns_tried)
        again = resolve(address)

    assert (again.func, again.kwargs, again.url_name, again.namespaces) == (
        first.func,
        first.kwargs,
        first.url_name,
        first.namespaces,
    )
    assert again.kwargs == {"slug": "a-slug-no-other-test-resolves"} and again.url_name == "event-programme"
    assert tried_first > 20 and len(patterns_tried) == tried_first


def test_an_address_is_remembered_for_its_own_language_only():
    with translation.override("bg"):
        resolve("/bg/news/")
    with translation.override("en"), pytest.raises(Resolver404):
        resolve("/bg/news/")


def test_addresses_that_match_nothing_are_not_remembered(client):
    resolver = next(pattern for pattern in get_resolver().url_patterns if isinstance(pattern, RememberingResolver))
    with translation.override("bg"):
        resolve("/bg/news/")
    remembered = len(resolver._matches)

    for number in range(50):
        assert client.get(f"/bg/no-such-page-{number}/").status_code == 404

    assert len(resolver._matches) == remembered
