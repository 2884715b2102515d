"""Site search: every area contributes a provider from its `AppConfig.ready()`; the search page asks them all.

A provider is a function `search(query, *, language) -> list[SearchResult]` returning at most
`PROVIDER_LIMIT` results::

    SEARCH_PROVIDERS.add(search, app=self.label, name="news", order=20)

Results are listed provider by provider, by `order`: organisations 10, funded projects 11, news 20,
practices and documents 30, events 40, films 50, forum threads 60.
"""

from dataclasses import dataclass
from functools import reduce
from operator import or_
from typing import Any

from django.db.models import Q
from django.utils.text import Truncator

from core.registry import Registry

SEARCH_PROVIDERS = Registry("site search providers")
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
    for provider in SEARCH_PROVIDERS:
        results.extend(provider(query, language=language))
    return results
