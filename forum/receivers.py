"""Forum writes retire the cached forum pages, and comments retire the cached pages of what they are about.

A discussion hangs under any model by a generic key; the areas declared for that model (by its own app, see
core.page_cache) are retired with it, so the forum names no app above it.
"""

from django.contrib.contenttypes.models import ContentType

from core import page_cache
from forum.caching import forum_pages
from forum.models import Category, Discussion, Post


def commented_model(discussion):
    """The model class a discussion's comments are about, or None for a forum thread."""
    if discussion.content_type_id is None:
        return None
    return ContentType.objects.get_for_id(discussion.content_type_id).model_class()


page_cache.retire_on(forum_pages, models=[Category, Discussion, Post])
page_cache.retire_target_on(models=[Discussion], target=commented_model)
page_cache.retire_target_on(models=[Post], target=lambda post: commented_model(post.discussion))
