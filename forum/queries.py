"""Shared reads of the forum: bounded queries several views need. QuerySet adjectives live with the models."""

from django.db import models
from django.db.models import Count, OuterRef, Q, Subquery

from forum.models import Category, Discussion, Post


def categories_for_index():
    """Categories with thread and post counts and their most recent thread, in two queries whatever the size."""
    latest = (
        Discussion.objects.published().filter(category=OuterRef("pk")).order_by("-last_activity_at").values("pk")[:1]
    )
    published = Q(discussions__in=Discussion.objects.published())
    categories = list(
        Category.objects.annotate(
            thread_count=Count("discussions", filter=published),
            post_total=models.Sum("discussions__post_count", filter=published),
            latest_thread_id=Subquery(latest),
        )
    )
    threads = Discussion.objects.select_related("last_post__author__profile").in_bulk(
        [c.latest_thread_id for c in categories if c.latest_thread_id]
    )
    for category in categories:
        category.latest_thread = threads.get(category.latest_thread_id)
    return categories


def posts_for(discussion, user, *, moderator):
    """The posts of `discussion` that `user` may see, oldest first, with the authors a page shows."""
    return (
        Post.objects.filter(discussion=discussion)
        .visible_to(user, moderator=moderator)
        .select_related("author__profile", "reply_to__author__profile")
        .order_by("created_at", "pk")
    )


def discussion_for_object(obj):
    """The discussion under `obj` or None, in one query (no content-type cache that tests would see warm or cold)."""
    opts = obj._meta
    return Discussion.objects.filter(
        content_type__app_label=opts.app_label, content_type__model=opts.model_name, object_id=obj.pk
    ).first()


# The largest id a post can have (BigAutoField); a larger number in a link overflows the query.
MAX_POST_ID = 2**63 - 1


def reply_target(discussion, post_id):
    """The approved post of `discussion` that `?reply_to=<id>` names, with its author's profile; else None."""
    try:
        post_id = int(post_id)
    except (TypeError, ValueError):
        return None
    if not 0 < post_id <= MAX_POST_ID or not discussion:  # `discussion` may be lazy: asked last
        return None
    return Post.objects.approved().filter(pk=post_id, discussion=discussion).select_related("author__profile").first()
