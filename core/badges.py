"""Badges one area puts on the cards of another area's objects: "Films attached" on a practice card.

An app adds a `Badge` from its `AppConfig.ready()`; `holders(pks)` returns which of the given primary keys earn
the badge, in one query, so a page of cards costs one query per badge however many cards it shows::

    CARD_BADGES.add(
        Badge(label=_("Films attached"), kind="practice", holders=practices_with_public_films),
        app=self.label,
        name="films-attached",
        order=20,
    )

The list's view calls `mark_badges(cards, kind="practice")`; the card template loops over `obj.badges`.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from core.registry import Registry

CARD_BADGES = Registry("badges on the cards of another area's objects")


@dataclass(frozen=True)
class Badge:
    label: Any
    kind: str
    holders: Callable[[list], set]


def mark_badges(objects, *, kind):
    """Set `badges` (a list of `Badge`, in registry order) on each of `objects`; return them as a list."""
    objects = list(objects)
    primary_keys = [obj.pk for obj in objects]
    for obj in objects:
        obj.badges = []
    for badge in CARD_BADGES:
        if badge.kind != kind or not primary_keys:
            continue
        earned = badge.holders(primary_keys)
        for obj in objects:
            if obj.pk in earned:
                obj.badges.append(badge)
    return objects
