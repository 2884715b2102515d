"""Newsletter blocks: what each app offers an issue of the newsletter from what it published lately.

An app adds a `BlockSource` from its `AppConfig.ready()`::

    NEWSLETTER_BLOCKS.add(
        BlockSource(kind="practices", label=_("Practices"), new_since=practices.newsletter.new_since),
        app=self.label, name="practices", order=30,
    )

`new_since(moment)` returns `BlockCandidate`s for the public content published after `moment` (or the latest
few when `moment` is None), built with `candidate()`. The kinds are also the content types subscribers choose
from. The newsletter app copies a candidate into its issue, so a sent issue keeps what it said.
Orders in use: news 20, practices 30, films 50, events 60.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.conf import settings
from django.utils import translation

from core.registry import Registry

NEWSLETTER_BLOCKS = Registry("newsletter block sources")
LATEST_WITHOUT_PREVIOUS_ISSUE = 5


@dataclass(frozen=True)
class BlockSource:
    kind: str
    label: Any
    new_since: Callable[[datetime | None], list]


@dataclass(frozen=True)
class BlockCandidate:
    kind: str
    content_object: Any
    title: dict
    summary: dict
    url: dict
    published_at: datetime
    themes: tuple = ()
    countries: tuple = ()


def languages():
    return [code for code, _name in settings.LANGUAGES]


def candidate(obj, *, kind, published_at, summary_field="summary", themes=(), countries=()):
    """A block for `obj`: its title and summary in each language (empty where untranslated) and its address in each.

    `themes` are Theme primary keys, `countries` ISO codes, for matching the subscribers' topics.
    """
    url = {}
    for code in languages():
        with translation.override(code):
            url[code] = obj.get_absolute_url()
    return BlockCandidate(
        kind=kind,
        content_object=obj,
        title={code: getattr(obj, f"title_{code}", "") or "" for code in languages()},
        summary={code: getattr(obj, f"{summary_field}_{code}", "") or "" for code in languages()},
        url=url,
        published_at=published_at,
        themes=tuple(themes),
        countries=tuple(str(country) for country in countries if country),
    )


def since_filter(queryset, field, moment):
    """`queryset` narrowed to rows with `field` after `moment`, newest first; the latest few without one."""
    queryset = queryset.exclude(**{f"{field}__isnull": True}).order_by(f"-{field}")
    if moment is None:
        return queryset[:LATEST_WITHOUT_PREVIOUS_ISSUE]
    return queryset.filter(**{f"{field}__gt": moment})


def content_kinds():
    """(kind, label) of every installed source, in order: the content types a subscriber may choose."""
    return [(source.kind, source.label) for source in NEWSLETTER_BLOCKS]
