"""Site search: each app declares what it indexes; the index and the ranked query are written once, here.

An app adds a `SearchSource` per kind of object from its `AppConfig.ready()`::

    SEARCH_SOURCES.add(
        SearchSource(model=NewsPost, kind="news", label=_("News"), objects=public_news, title="title",
                     summary=("summary",), body=("body",), dated="published_at"),
        app=self.label, name="news", order=20,
    )

`objects()` returns the public objects only: what it leaves out (drafts, hidden or held posts) is never indexed
and so never found. Saving, deleting or relinking an object (or a model named in `follows`) re-indexes it after
the commit; `manage.py rebuild_search_index` rebuilds everything. `order` is the order of the type facet:
organisations 10, funded projects 11, news 20, practices 30, documents 31, events 40, sessions 41, people 42,
films 50, subtitles 51, forum threads 60, forum posts 61.

The modules: `text` (words to terms), `spelling` (transliteration and typos), `models` (the tables), `index`
(writing them), `query` (reading them: ranked, faceted, highlighted). Another engine (OpenSearch) would replace
`index` and `query` behind the same sources; the apps would not change.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from core.registry import Registry

SEARCH_SOURCES = Registry("site search sources")

# Field weights: a word in the title counts more than one in the summary, which counts more than one in the body.
TITLE, SUMMARY, BODY = 8, 3, 1


def _no_values(obj):
    return ()


@dataclass(frozen=True)
class SearchSource:
    """What one kind of object puts in the index.

    `title`, `summary` and `body` name fields; a translated field (modeltranslation) is read in each language,
    an untranslated one counts for the languages `languages(obj)` returns. `extra(obj, language)` adds body text
    that is not a field (a document's file). `url(obj)` is called with the language active. A source whose title
    only names what the object belongs to (a subtitle's film, a post's thread) sets `title_is_indexed=False`, so
    the film's title does not find each of its subtitles.
    """

    model: type
    kind: str
    label: Any
    objects: Callable
    title: str
    summary: tuple = ()
    body: tuple = ()
    dated: str | None = None
    languages: Callable | None = None
    extra: Callable | None = None
    url: Callable | None = None
    title_is_indexed: bool = True
    countries: Callable = _no_values
    themes: Callable = _no_values
    # {model: function(instance) -> the indexed objects (or their primary keys) a change to it affects}
    follows: dict = field(default_factory=dict)


def sources():
    """The declared sources, in order."""
    return list(SEARCH_SOURCES)


def source_for(kind):
    return next((source for source in SEARCH_SOURCES if source.kind == kind), None)
