"""Forum writes retire the cached forum pages, and comments retire the cached pages of what they are about; each
retires the posts fragment of its own discussion only (core.fragments). Notifications forget their recipient's unread
count (forum/unread.py); posts forget their author's own posts that matter (forum/own_posts.py).

A discussion hangs under any model by a generic key; the areas declared for that model (by its own app, see
core.page_cache) are retired with it, so the forum names no app above it.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_delete, post_save

from core import fragments, page_cache
from forum.caching import discussion_key, discussion_posts, forum_pages
from forum.models import Category, Discussion, Notification, Post
from forum.own_posts import own_posts
from forum.unread import unread_notifications


def commented_model(discussion):
    """The model class a discussion's comments are about, or None for a forum thread."""
    if discussion.content_type_id is None:
        return None
    return ContentType.objects.get_for_id(discussion.content_type_id).model_class()


page_cache.retire_on(forum_pages, models=[Category, Discussion, Post])
page_cache.retire_target_on(models=[Discussion], target=commented_model)
page_cache.retire_target_on(models=[Post], target=lambda post: commented_model(post.discussion))

# The posts fragment of one discussion only: a new comment on one film leaves every other page's posts cached.
fragments.retire_on(discussion_posts, models=[Discussion], objects=lambda discussion: [discussion_key(discussion)])
fragments.retire_on(discussion_posts, models=[Post], objects=lambda post: [discussion_key(post.discussion)])


def _notification_written(sender, instance, **kwargs):
    unread_notifications.forget(instance.recipient_id)


post_save.connect(_notification_written, sender=Notification, dispatch_uid="forum-unread-on-save")
post_delete.connect(_notification_written, sender=Notification, dispatch_uid="forum-unread-on-delete")


def _post_written(sender, instance, **kwargs):
    own_posts.forget(instance.author_id)


post_save.connect(_post_written, sender=Post, dispatch_uid="forum-own-posts-on-save")
post_delete.connect(_post_written, sender=Post, dispatch_uid="forum-own-posts-on-delete")
