"""The forum's page cache and the shared fragment of a discussion's posts (see core.page_cache, core.fragments;
receivers.py says what retires them)."""

from django.contrib.contenttypes.models import ContentType

from core.fragments import Fragment, render_slot, slot_renderer
from core.page_cache import PageCache
from core.templatetags.core_tags import lang_span

forum_pages = PageCache("forum", seconds=300)
cache_anonymous_page = forum_pages.cache_page

# One page of a discussion's posts as a reader who wrote none of them sees it (the comments under a practice, a
# film or an event; a thread's posts), keyed by `discussion_key`.
discussion_posts = Fragment("discussion-posts")


def target_key(obj):
    """The key of the comments under `obj` (a practice, a film): known before the discussion is looked up."""
    return f"{obj._meta.label_lower}:{obj.pk}"


def discussion_key(discussion):
    """The key of `discussion`'s posts fragment: the thread's own, or that of the content it is about."""
    if discussion.content_type_id is None:
        return f"forum.discussion:{discussion.pk}"
    content_type = ContentType.objects.get_for_id(discussion.content_type_id)
    return f"{content_type.app_label}.{content_type.model}:{discussion.object_id}"


# What the reader may do under each post: the template rendered once per state for the page's 20 posts (rendering it
# was an eighth of a signed-in thread), as for a stand-in post whose number and author's name are then replaced by
# each post's own.
_STAND_IN_POST = 987654321987
_STAND_IN_NAME = "\x1f\x1e\x1f"  # no letters, so lang_span leaves it bare


@slot_renderer("forum/includes/post_actions.html")
def post_actions(context, values, memo):
    post, user = values["post"], context["user"]
    editable = post["pk"] in context.get("editable_posts", ())
    state = (post["is_held"], post["is_hidden"], post["author_id"] == user.pk, editable, values["locked"])
    if state not in memo:
        is_held, is_hidden, own, editable, locked = state
        stand_in = {
            "pk": _STAND_IN_POST,
            "author_id": user.pk if own else -1,
            "author_name": _STAND_IN_NAME,
            "is_held": is_held,
            "is_hidden": is_hidden,
        }
        with context.push(post=stand_in, locked=locked, editable_posts={_STAND_IN_POST} if editable else set()):
            memo[state] = render_slot(context.template.engine.get_template("forum/includes/post_actions.html"), context)
    own_name = lang_span(post["author_name"])
    return memo[state].replace(str(_STAND_IN_POST), str(post["pk"])).replace(_STAND_IN_NAME, own_name)
