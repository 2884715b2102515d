"""Where a user has written: the keys (forum.caching.posts_key) of the discussions holding their posts, kept in the
cache (core.personal) until one of their posts is saved or deleted (receivers.py). A page of comments or a thread
reads the reader's own posts (their edit links, whether the shared posts fragment is theirs to see) only where this
says there are some, so reading a page one never wrote on costs no query for it.

It only decides whether to look: a stale answer that names a discussion too many costs a query that finds nothing.
"""

from core.personal import PersonalFact
from forum.caching import posts_key
from forum.models import Post


def _posts_keys(discussions):
    return frozenset(
        posts_key(discussion, f"{app_label}.{model}" if app_label else None, obj)
        for discussion, app_label, model, obj in discussions
    )


written_in = PersonalFact(
    "written-in",
    rows=lambda user: Post.objects.filter(author=user),
    columns=(
        "discussion_id",
        "discussion__content_type__app_label",
        "discussion__content_type__model",
        "discussion__object_id",
    ),
    answer=_posts_keys,
)
