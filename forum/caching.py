"""The forum's page cache and the shared fragment of a discussion's posts (see core.page_cache, core.fragments;
receivers.py says what retires them)."""

from django.contrib.contenttypes.models import ContentType

from core.fragments import STAND_IN_PK, Fragment, render_once_per_state, slot_renderer
from core.page_cache import PageCache
from core.skeletons import shared_page
from core.templatetags.core_tags import lang_span

forum_pages = PageCache("forum", seconds=300)
cache_anonymous_page = forum_pages.cache_page
cache_shared_page = shared_page(forum_pages)

# One page of a discussion's posts as a reader who wrote none of them sees it (the comments under a practice, a
# film or an event; a thread's posts), keyed by `discussion_key`.
discussion_posts = Fragment("discussion-posts")


def posts_key(discussion_id, commented_label=None, object_id=None):
    """The key of a discussion's posts fragment from its parts: a thread's own, or, for comments, that of the content
    they are about ("practices.practice:7")."""
    return f"{commented_label}:{object_id}" if commented_label else f"forum.discussion:{discussion_id}"


def target_key(obj):
    """The key of the comments under `obj` (a practice, a film): known before the discussion is looked up."""
    return posts_key(None, obj._meta.label_lower, obj.pk)


def discussion_key(discussion):
    """The key of `discussion`'s posts fragment."""
    if discussion.content_type_id is None:
        return posts_key(discussion.pk)
    content_type = ContentType.objects.get_for_id(discussion.content_type_id)
    return posts_key(discussion.pk, f"{content_type.app_label}.{content_type.model}", discussion.object_id)


# What the reader may do under each post: the template rendered once per state for the page's 20 posts (rendering it
# was an eighth of a signed-in thread), then each post's own number and author's name written in.
POST_ACTIONS = "forum/includes/post_actions.html"
_STAND_IN_NAME = "\x1f\x1e\x1f"  # no letters, so lang_span leaves it bare


@slot_renderer(POST_ACTIONS)
def post_actions(context, values, memo):
    post, user = values["post"], context["user"]
    editable = post["pk"] in context.get("editable_posts", ())
    own = post["author_id"] == user.pk
    locked = values["locked"]
    return render_once_per_state(
        context,
        POST_ACTIONS,
        memo,
        state=(post["is_held"], post["is_hidden"], own, editable, locked),
        stand_in=lambda: {
            "post": {
                "pk": STAND_IN_PK,
                "author_id": user.pk if own else -1,
                "author_name": _STAND_IN_NAME,
                "is_held": post["is_held"],
                "is_hidden": post["is_hidden"],
            },
            "locked": locked,
            "editable_posts": {STAND_IN_PK} if editable else set(),
        },
        own={str(STAND_IN_PK): str(post["pk"]), _STAND_IN_NAME: lang_span(post["author_name"])},
    )
