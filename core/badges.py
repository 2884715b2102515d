"""Badges one area puts on the cards of another area's objects: "Films attached" on a practice card.

An app adds a `Badge` from its `AppConfig.ready()`. `links(pks)` is a query of (card's primary key, status) rows:
the links from the given cards to the badge's objects, with each object's publication status. A card earns the
badge when one of its linked objects is published::

    CARD_BADGES.add(
        Badge(label=_("Films attached"), kind="practice", links=practice_film_links),
        app=self.label,
        name="films-attached",
        order=20,
    )

The list's view calls `mark_badges(cards, kind="practice")`, which reads every badge's links in one query; the card
template loops over `obj.badges`.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.db.models import IntegerField, Value

from core.enums import PublicationStatus
from core.registry import Registry

CARD_BADGES = Registry("badges on the cards of another area's objects")


@dataclass(frozen=True)
class Badge:
    label: Any
    kind: str
    links: Callable[[list], Any]


def mark_badges(objects, *, kind):
    """Set `badges` (a list of `Badge`, in registry order) on each of `objects`; return them as a list.

    The status is compared here, not in SQL: SQLite, without statistics, answered "has a published film" by testing
    every published film for each card, where reading the few links of these cards is instant.
    """
    objects = list(objects)
    for obj in objects:
        obj.badges = []
    badges = [badge for badge in CARD_BADGES if badge.kind == kind]
    if not badges or not objects:
        return objects
    primary_keys = [obj.pk for obj in objects]
    links = [
        badge.links(primary_keys).annotate(badge=Value(number, IntegerField())) for number, badge in enumerate(badges)
    ]
    earned = {
        (pk, number)
        for pk, status, number in links[0].union(*links[1:], all=True)
        if status == PublicationStatus.PUBLISHED
    }
    for obj in objects:
        obj.badges = [badge for number, badge in enumerate(badges) if (obj.pk, number) in earned]
    return objects
