"""The forum's page cache and the shared fragment of a discussion's posts (see core.page_cache, core.fragments;
receivers.py says what retires them)."""

from django.contrib.contenttypes.models import ContentType

from core.fragments import Fragment
from core.page_cache import PageCache

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
