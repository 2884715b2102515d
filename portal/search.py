"""Site search: every area contributes one provider; the search page asks them all.

A provider is a function `search(query, *, language) -> list[SearchResult]` returning at most
`PROVIDER_LIMIT` results; add its dotted path to `SEARCH_PROVIDERS`.
"""

from dataclasses import dataclass
from functools import reduce
from operator import or_
from typing import Any

from django.db.models import Q
from django.utils.module_loading import import_string
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

SEARCH_PROVIDERS = [
    "portal.search.search_organisations",
    "portal.search.search_projects",
    "portal.search.search_news",
    "practices.search.search",
    "events.search.search",
    "films.search.search",
    "forum.search.search",
]
PROVIDER_LIMIT = 20
MIN_QUERY_LENGTH = 2


@dataclass(frozen=True)
class SearchResult:
    title: str
    url: str
    kind: Any
    summary: str = ""


def spellings(query):
    """The query as typed, lower-case, upper-case and capitalised.

    SQLite folds only ASCII letters in icontains, so "софия" would miss "София" there;
    PostgreSQL folds Cyrillic itself, and the extra spellings cost it nothing.
    """
    return {query, query.lower(), query.upper(), query.capitalize()}


def matching(query, *field_names):
    """A Q matching `query` in the Bulgarian or English version of any of `field_names`."""
    return reduce(
        or_,
        (
            Q(**{f"{name}_{code}__icontains": spelling})
            for name in field_names
            for code in ("bg", "en")
            for spelling in spellings(query)
        ),
    )


def short(text):
    return Truncator(text or "").words(30)


def search_all(query, *, language):
    """Ask every provider, in registry order; a query shorter than MIN_QUERY_LENGTH finds nothing."""
    query = (query or "").strip()
    if len(query) < MIN_QUERY_LENGTH:
        return []
    results = []
    for dotted_path in SEARCH_PROVIDERS:
        results.extend(import_string(dotted_path)(query, language=language))
    return results


def search_organisations(query, *, language):
    from directory.models import Organisation

    found = Organisation.objects.filter(matching(query, "name", "description", "city"))[:PROVIDER_LIMIT]
    return [SearchResult(o.name, o.get_absolute_url(), _("Organisation"), short(o.description)) for o in found]


def search_projects(query, *, language):
    from directory.models import Project

    found = Project.objects.filter(matching(query, "title", "summary", "objectives") | Q(code__icontains=query))
    return [
        SearchResult(p.title, p.get_absolute_url(), _("Funded project"), short(p.summary))
        for p in found[:PROVIDER_LIMIT]
    ]


def search_news(query, *, language):
    from news.models import NewsPost

    found = NewsPost.objects.published().filter(matching(query, "title", "summary", "body"))[:PROVIDER_LIMIT]
    return [SearchResult(p.title, p.get_absolute_url(), _("News"), short(p.summary)) for p in found]
