"""Following: a participant follows an object and hears when it changes.

The `Follow` rows (core.models) live on the ground floor, so any app can ask whether someone follows its objects;
the forum delivers what followers hear, in the site and by e-mail (`forum.services.notify_followers`). Each app
declares from its `AppConfig.ready()` which of its models can be followed and what happens to them that
followers hear of::

    FOLLOWABLE.add(Followable(Event, readable=public_events), app=self.label, name="event", order=40)
    FOLLOW_EVENTS.add(
        FollowEvent(kind="new-session", message=_("New session in %(target)s: %(subject)s"),
                    followed=lambda session: session.event),
        app=self.label, name="new-session", order=40,
    )

and its service that makes the change calls `notify_followers(kind="new-session", subject=session)`. Orders in
use: threads and categories 30, practices and organisations 20, films 35, news 25, events 40.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db import transaction

from core.absolute import absolute_url
from core.models import Follow, public_objects
from core.personal import PersonalFact
from core.registry import Registry

FOLLOWABLE = Registry("models participants can follow")
FOLLOW_EVENTS = Registry("changes that followers hear of")


@dataclass(frozen=True)
class Followable:
    """A model whose objects can be followed; `readable(user)` is the queryset of those `user` may follow."""

    model: Any
    readable: Callable[[Any], Any] | None = None

    def readable_by(self, user):
        return self.readable(user) if self.readable else public_objects(self.model)


@dataclass(frozen=True)
class FollowEvent:
    """Something that happens to a followed object: `followed(subject)` is the object whose followers hear of
    `subject` (a new session of an event, a new thread in a category); `message` reads with %(target)s and
    %(subject)s, in the reader's language; `subjects()`, when given, is the queryset that loads subjects with
    what their message and link read (so a list of notifications costs the same whatever its length);
    `audience(subject)`, when given, is the ids of users told as well as the followers (those who starred a
    changed session), each told once."""

    kind: str
    message: Any
    followed: Callable[[Any], Any] = field(repr=False)
    subjects: Callable[[], Any] | None = field(default=None, repr=False)
    audience: Callable[[Any], set] | None = field(default=None, repr=False)


def followable(model):
    """The `Followable` entry of `model`, or None when its objects cannot be followed."""
    return next((entry for entry in FOLLOWABLE if entry.model is model), None)


def follow_event(kind):
    """The `FollowEvent` registered under `kind`; KeyError for a kind no installed app declares."""
    for entry in FOLLOW_EVENTS:
        if entry.kind == kind:
            return entry
    raise KeyError(kind)


def subject_querysets():
    """The declared `subjects()` querysets, for a GenericPrefetch of notifications' subjects."""
    querysets = {}
    for entry in FOLLOW_EVENTS:
        if entry.subjects is not None:
            queryset = entry.subjects()
            querysets.setdefault(queryset.model, queryset)
    return list(querysets.values())


def target_filter(target):
    """Lookups that select the follows of `target`."""
    return {"content_type": ContentType.objects.get_for_model(target), "object_id": target.pk}


# What a user follows, as (content type id, object id) pairs: every page with a follow button asks, so it is kept
# until the user's follows change (core/receivers.py forgets it).
followed_keys = PersonalFact(
    "follows",
    rows=lambda user: Follow.objects.filter(user=user),
    columns=("content_type_id", "object_id"),
    answer=frozenset,
)


def is_following(user, target):
    """Whether `user` follows `target` (no query once the user's follows are remembered; none for visitors)."""
    if not user.is_authenticated or target is None or target.pk is None:
        return False
    return (ContentType.objects.get_for_model(target).pk, target.pk) in followed_keys(user)


def follower_ids(target):
    """The ids of the users who follow `target`."""
    return set(Follow.objects.filter(**target_filter(target)).values_list("user_id", flat=True))


def follows_of(user):
    """What `user` follows, newest first, with each followed object loaded in one query per model."""
    return Follow.objects.filter(user=user).select_related("content_type").prefetch_related("target")


def followed_objects(user):
    """The objects `user` follows, newest first (those deleted since are left out)."""
    return [row.target for row in follows_of(user) if row.target is not None]


@transaction.atomic
def follow(*, user, target):
    """Start following `target`; following it again changes nothing. Returns the `Follow`."""
    follow_row, _created = Follow.objects.get_or_create(user=user, **target_filter(target))
    return follow_row


def unfollow(*, user, target):
    """Stop following `target` (nothing happens when `user` did not follow it)."""
    Follow.objects.filter(user=user, **target_filter(target)).delete()


def export(user):
    """What `user` follows, for their personal data download (core.privacy)."""
    return [
        {
            "kind": str(row.content_type.model_class()._meta.verbose_name) if row.content_type.model_class() else "",
            "title": str(row.target) if row.target is not None else "",
            "url": absolute_url(row.target) if row.target is not None else "",
            "created_at": row.created_at,
        }
        for row in follows_of(user).order_by("created_at", "pk")
    ]


def erase(*, user, former_member):
    """Forget what `user` followed (core.privacy); nothing of it is handed to the former member."""
    Follow.objects.filter(user=user).delete()
