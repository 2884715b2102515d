import pytest

from core import search
from core.registry import Registry
from tests.factories.portal import OrganisationFactory, PostFactory, ProjectFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["bg", "en"])
def test_search_finds_organisations_projects_and_news_in_either_language(client, language):
    OrganisationFactory(name_bg="Асоциация за развитие на София", name_en="Sofia Development Association")
    ProjectFactory(code="FUSE", title_bg="FUSE: центрове", title_en="FUSE: centres")
    PostFactory(title_bg="Семинар за центрове в София", title_en="Seminar on centres in Sofia")

    html = client.get(f"/{language}/search/", {"q": "софия"}).content.decode()

    assert ("Асоциация за развитие на София" if language == "bg" else "Sofia Development Association") in html
    assert ("Семинар за центрове в София" if language == "bg" else "Seminar on centres in Sofia") in html
    assert "FUSE" not in html.split("<main", 1)[1]


def test_search_by_project_code(client):
    ProjectFactory(code="BG051PO0017.0.07-0054-C002", title_en="The social cooperative")

    html = client.get("/en/search/", {"q": "0054-C002"}).content.decode()

    assert "The social cooperative" in html
    assert "1 result for" in html


def test_search_skips_drafts(client):
    PostFactory(title_en="Hidden plan", status="draft")

    html = client.get("/en/search/", {"q": "hidden plan"}).content.decode()

    assert "0 results" in html


def test_search_asks_for_a_longer_query(client):
    html = client.get("/en/search/", {"q": "a"}).content.decode()

    assert "Type at least 2 characters." in html


def test_search_registry_calls_every_provider(monkeypatch):
    calls = []
    only_recording = Registry("test providers")
    only_recording.add(recording_provider, app="directory", name="recording", order=0)
    monkeypatch.setattr(search, "SEARCH_PROVIDERS", only_recording)
    monkeypatch.setattr("tests.test_search.CALLS", calls)

    results = search.search_all("films", language="en")

    assert calls == [("films", "en")]
    assert results == [search.SearchResult("Film", "/en/films/1/", "Film", "")]


CALLS = []


def recording_provider(query, *, language):
    CALLS.append((query, language))
    return [search.SearchResult("Film", "/en/films/1/", "Film", "")]


@pytest.mark.parametrize("size", [1, 10])
def test_search_query_count_is_one_per_provider(client, django_assert_num_queries, monkeypatch, size):
    # Only the portal's own providers: other areas test theirs.
    monkeypatch.setattr(
        search,
        "SEARCH_PROVIDERS",
        search.SEARCH_PROVIDERS.only("directory.organisations", "directory.projects", "news.news"),
    )
    OrganisationFactory.create_batch(size, name_en="Centre")
    PostFactory.create_batch(size, title_en="Centre news")

    # site settings, then organisations, projects, news
    with django_assert_num_queries(4):
        client.get("/en/search/", {"q": "centre"})
