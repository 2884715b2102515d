"""The queries of tests/search_cases.json find their expected first result, on /bg/ and /en/ alike."""

import json
from pathlib import Path

import pytest

from core.search.query import SiteSearch
from tests.factories.portal import PostFactory
from tests.factories.practices import PracticeFactory

CASES = json.loads((Path(__file__).parent / "search_cases.json").read_text(encoding="utf-8"))


@pytest.fixture
def corpus(db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        for item in CASES["content"]:
            fields = {
                "title_bg": item["bg"],
                "title_en": item["en"],
                "summary_bg": item["summary_bg"],
                "summary_en": item["summary_en"],
            }
            if item["kind"] == "P":
                PracticeFactory(country=item["country"], **fields)
            else:
                PostFactory(**fields)


def test_the_table_has_at_least_thirty_queries():
    assert len(CASES["cases"]) >= 30


def test_every_query_finds_its_expected_first_result(corpus):
    firsts = {}
    for language, query, _expected in CASES["cases"]:
        first = SiteSearch(query, language=language)[0:1]
        firsts[query] = first[0].title.replace("<mark>", "").replace("</mark>", "") if first else None

    assert firsts == {query: expected for _language, query, expected in CASES["cases"]}
