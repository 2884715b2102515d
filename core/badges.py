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

The list's view calls `read_together(badged(cards, kind="practice"), …)`, which reads every badge's links in the
page's one query for its cards (core.united); the card template loops over `obj.badges`.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.db.models import F

from core.enums import PublicationStatus
from core.registry import Registry
from core.united import UnitedRead

CARD_BADGES = Registry("badges on the cards of another area's objects")
# What each badge's branch gives (core.united).
COLUMNS = ("badge_card", "badge_status")


@dataclass(frozen=True)
class Badge:
    label: Any
    kind: str
    links: Callable[[list], Any]


def badged(objects, *, kind):
    """Set `badges` (a list of `Badge`, in registry order) on each of `objects` (a list), as a UnitedRead whose
    query the page shares with its other reads (core.united.read_together).

    The status is compared here, not in SQL: SQLite, without statistics, answered "has a published film" by testing
    every published film for each card, where reading the few links of these cards is instant.
    """
    objects = list(objects)  # a page's queryset is read once: its cached rows are the cards the template shows
    for obj in objects:
        obj.badges = []
    badges = [badge for badge in CARD_BADGES if badge.kind == kind] if objects else []
    primary_keys = [obj.pk for obj in objects]

    def apply(rows):
        earned = {
            (pk, number)
            for number, branch in enumerate(rows)
            for pk, status in branch
            if status == PublicationStatus.PUBLISHED
        }
        for obj in objects:
            obj.badges = [badge for number, badge in enumerate(badges) if (obj.pk, number) in earned]

    return UnitedRead([_links(badge, primary_keys) for badge in badges], COLUMNS, apply)


def _links(badge, primary_keys):
    """The COLUMNS of a badge's `links` (rows of card pk, status) for these cards."""
    links = badge.links(primary_keys)
    card, status = links.query.values_select
    return links.annotate(badge_card=F(card), badge_status=F(status)).values(*COLUMNS)
