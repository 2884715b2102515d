"""Where a user has written: the discussions holding their posts, kept in the cache (core.personal) until one of their
posts is saved or deleted (receivers.py). A page of comments or a thread reads the reader's own posts (their edit
links, whether the shared posts fragment is theirs to see) only where this says there are some, so reading a page
one never wrote on costs no query for it.

It only decides whether to look: a stale answer that names a discussion too many costs a query that finds nothing.
"""

from dataclasses import dataclass

from core.personal import PersonalFact
from forum.models import Post


@dataclass(frozen=True)
class WrittenIn:
    discussions: frozenset
    # (app label, model name, object id) of what the comment discussions are about.
    targets: frozenset

    def under(self, obj):
        return (obj._meta.app_label, obj._meta.model_name, obj.pk) in self.targets


def _written_in(user):
    rows = set(
        Post.objects.filter(author=user).values_list(
            "discussion_id",
            "discussion__content_type__app_label",
            "discussion__content_type__model",
            "discussion__object_id",
        )
    )
    return WrittenIn(
        discussions=frozenset(row[0] for row in rows),
        targets=frozenset(row[1:] for row in rows if row[1]),
    )


written_in = PersonalFact("written-in", _written_in)
