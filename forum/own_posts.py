"""The reader's own posts that make a page of posts theirs: those waiting for approval or hidden (the reader sees
them as others do not) and those still in their edit window (their edit links). Kept in the cache (core.personal)
by discussion (forum.caching.posts_key) until one of the reader's posts is saved or deleted (receivers.py), so a
page of comments or a thread knows what is the reader's own without a query.

A post leaves its edit window while the answer is kept; `can_edit_post` looks at the time when the page renders.
"""

from collections import namedtuple
from datetime import UTC

from django.db.models import Q
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from core.personal import PersonalFact
from forum import conf
from forum.caching import posts_key
from forum.models import Post

# What the discussion partial and forum.permissions read of a reader's own post.
OwnPost = namedtuple("OwnPost", ["pk", "author_id", "is_held", "is_hidden", "created_at"])


def _rows(user):
    since = timezone.now() - conf.edit_window()
    return Post.objects.filter(Q(is_held=True) | Q(is_hidden=True) | Q(created_at__gte=since), author=user)


def _by_discussion(rows):
    """{posts key: (OwnPost, …)} from rows of JSON values: booleans are 0/1 and times naive text on SQLite."""
    found = {}
    for discussion, app_label, model, obj, pk, author_id, is_held, is_hidden, created_at in rows:
        key = posts_key(discussion, f"{app_label}.{model}" if app_label else None, obj)
        created_at = parse_datetime(created_at)
        if timezone.is_naive(created_at):
            created_at = timezone.make_aware(created_at, UTC)
        found.setdefault(key, []).append(OwnPost(pk, author_id, bool(is_held), bool(is_hidden), created_at))
    return {key: tuple(posts) for key, posts in found.items()}


own_posts = PersonalFact(
    "own-posts",
    rows=_rows,
    columns=(
        "discussion_id",
        "discussion__content_type__app_label",
        "discussion__content_type__model",
        "discussion__object_id",
        "id",
        "author_id",
        "is_held",
        "is_hidden",
        "created_at",
    ),
    answer=_by_discussion,
)
