"""Shared reads: QuerySet adjectives and the few bounded queries the pages need."""

from django.db import models
from django.db.models import Count, OuterRef, Q, Subquery


class DiscussionQuerySet(models.QuerySet):
    def threads(self):
        return self.filter(category__isnull=False)

    def comments(self):
        return self.filter(content_type__isnull=False)

    def published(self):
        """Discussions with at least one approved post: a thread whose first post waits for approval is not listed."""
        return self.filter(post_count__gt=0)

    def visible_to(self, user, *, moderator=False):
        if moderator:
            return self
        if user.is_authenticated:
            return self.filter(Q(post_count__gt=0) | Q(author=user))
        return self.published()

    def listed(self):
        """Threads with what a list shows (category, starter, last post and its author) in one query."""
        return self.threads().select_related("category", "author__profile", "last_post__author__profile")

    def with_unread_for(self, user):
        """Annotate `is_unread`: activity after the user's read marker (or no marker at all)."""
        if not user.is_authenticated:
            return self
        from forum.models import ReadMarker

        marker = ReadMarker.objects.filter(user=user, discussion=OuterRef("pk")).values("last_read_at")[:1]
        return self.annotate(
            last_read_at=Subquery(marker),
        ).annotate(
            is_unread=models.Case(
                models.When(Q(last_read_at__isnull=True) | Q(last_read_at__lt=models.F("last_activity_at")), then=True),
                default=False,
                output_field=models.BooleanField(),
            )
        )


class PostQuerySet(models.QuerySet):
    def approved(self):
        return self.filter(is_held=False)

    def visible_to(self, user, *, moderator=False):
        """Posts a reader may see: held posts only for their author and moderators. Hidden posts stay listed."""
        if moderator:
            return self
        if user.is_authenticated:
            return self.filter(Q(is_held=False) | Q(author=user))
        return self.approved()

    def for_display(self):
        return self.select_related("author", "reply_to__author", "hidden_by")


class FlagQuerySet(models.QuerySet):
    def open(self):
        return self.filter(resolved_at__isnull=True)


class NotificationQuerySet(models.QuerySet):
    def unread(self):
        return self.filter(read_at__isnull=True)


def categories_for_index():
    """Categories with thread and post counts and their most recent thread, in two queries whatever the size."""
    from forum.models import Category, Discussion

    latest = (
        Discussion.objects.published().filter(category=OuterRef("pk")).order_by("-last_activity_at").values("pk")[:1]
    )
    published = Q(discussions__post_count__gt=0)
    categories = list(
        Category.objects.annotate(
            thread_count=Count("discussions", filter=published),
            post_total=models.Sum("discussions__post_count"),
            latest_thread_id=Subquery(latest),
        )
    )
    threads = Discussion.objects.select_related("last_post__author__profile").in_bulk(
        [c.latest_thread_id for c in categories if c.latest_thread_id]
    )
    for category in categories:
        category.latest_thread = threads.get(category.latest_thread_id)
    return categories
