from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.db.models.lookups import Exact
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from forum.models.posts import Post


def _first_post_not_held():
    first_post_held = Subquery(
        Post.objects.filter(discussion=OuterRef("pk")).order_by("created_at", "pk").values("is_held")[:1]
    )
    return Q(category__isnull=True) | Q(Exact(Coalesce(first_post_held, Value(False)), Value(False)))


def _published():
    """The condition of `DiscussionQuerySet.published()`, to combine with others in one filter."""
    return Q(post_count__gt=0) & _first_post_not_held()


class DiscussionQuerySet(models.QuerySet):
    def threads(self):
        return self.filter(category__isnull=False)

    def comments(self):
        return self.filter(content_type__isnull=False)

    def published(self):
        """Discussions anyone may read: at least one approved post and, for a thread, an approved first post.

        A thread whose first post waits for approval stays unlisted (title included) whatever replies it gets;
        it is published when a moderator approves that first post. Comments under content have no first post
        that speaks for them: each comment is shown once approved.
        """
        return self.filter(_published())

    def open_to(self, user, *, moderator=False):
        """Discussions `user` may reply to: not a thread whose first post waits for approval, unless they started
        it or moderate."""
        if moderator:
            return self
        if user.is_authenticated:
            return self.filter(_first_post_not_held() | Q(author=user))
        return self.filter(_first_post_not_held())

    def visible_to(self, user, *, moderator=False):
        if moderator:
            return self
        if user.is_authenticated:
            return self.filter(_published() | Q(author=user))
        return self.published()

    def listed(self):
        """Threads with what a list shows (category, starter, last post and its author) in one query."""
        return self.threads().select_related("category", "author__profile", "last_post__author__profile")

    def with_unread_for(self, user):
        """Annotate `is_unread`: activity after the user's read marker (or no marker at all)."""
        if not user.is_authenticated:
            return self
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


class Discussion(models.Model):
    """Either a forum thread (category + title) or the comments under one piece of content."""

    category = models.ForeignKey(
        "forum.Category",
        verbose_name=_("category"),
        on_delete=models.PROTECT,
        related_name="discussions",
        null=True,
        blank=True,
    )
    title = models.CharField(_("title"), max_length=200, blank=True)
    language = models.CharField(
        _("language of the title"),
        max_length=2,
        choices=settings.LANGUAGES,
        blank=True,
        help_text=_("For threads: the language the title is written in."),
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("started by"),
        on_delete=models.PROTECT,
        related_name="started_discussions",
        null=True,
        blank=True,
    )
    content_type = models.ForeignKey(
        ContentType, verbose_name=_("content type"), on_delete=models.PROTECT, null=True, blank=True
    )
    object_id = models.PositiveBigIntegerField(_("object id"), null=True, blank=True)
    content_object = GenericForeignKey("content_type", "object_id")
    is_locked = models.BooleanField(_("locked"), default=False, help_text=_("Locked discussions take no new posts."))
    is_pinned = models.BooleanField(_("pinned"), default=False, help_text=_("Pinned threads are listed first."))
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    last_activity_at = models.DateTimeField(_("last activity"), default=timezone.now, db_index=True)
    last_post = models.ForeignKey(
        "forum.Post",
        verbose_name=_("last post"),
        on_delete=models.SET_NULL,
        related_name="+",
        null=True,
        blank=True,
    )
    post_count = models.PositiveIntegerField(_("posts"), default=0, help_text=_("Kept up to date by the forum."))

    objects = DiscussionQuerySet.as_manager()

    class Meta:
        ordering = ["-is_pinned", "-last_activity_at"]
        verbose_name = _("discussion")
        verbose_name_plural = _("discussions")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id"],
                condition=Q(content_type__isnull=False),
                name="forum_one_discussion_per_object",
            ),
            models.CheckConstraint(
                condition=(Q(category__isnull=False) & Q(content_type__isnull=True) & Q(object_id__isnull=True))
                | (Q(category__isnull=True) & Q(content_type__isnull=False) & Q(object_id__isnull=False)),
                name="forum_thread_or_comments",
                violation_error_message=_("A discussion is either a forum thread or the comments on one object."),
            ),
        ]
        indexes = [models.Index(fields=["category", "-is_pinned", "-last_activity_at"])]

    def __str__(self):
        if self.is_thread:
            return self.title
        return str(_("Comments on %(object)s") % {"object": self.content_object})

    def get_absolute_url(self):
        if self.is_thread:
            return reverse("forum:thread-detail", kwargs={"pk": self.pk})
        return self.content_object.get_absolute_url() + "#comments"

    @property
    def is_thread(self):
        return self.category_id is not None

    @property
    def followed(self):
        """What a reader follows to hear of new posts here: the thread itself, or the content commented on."""
        return self if self.is_thread else self.content_object

    def followed_key(self):
        """(content type id, object id) of `followed`, without loading the content commented on."""
        if self.is_thread:
            return ContentType.objects.get_for_model(Discussion).pk, self.pk
        return self.content_type_id, self.object_id


class ReadMarker(models.Model):
    """When a user last read a discussion, for unread markers in thread lists."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("user"), on_delete=models.CASCADE, related_name="forum_read_markers"
    )
    discussion = models.ForeignKey(
        Discussion, verbose_name=_("discussion"), on_delete=models.CASCADE, related_name="read_markers"
    )
    last_read_at = models.DateTimeField(_("last read"))

    class Meta:
        ordering = ["-last_read_at"]
        verbose_name = _("read marker")
        verbose_name_plural = _("read markers")
        constraints = [models.UniqueConstraint(fields=["user", "discussion"], name="forum_one_read_marker")]

    def __str__(self):
        return f"{self.user} → {self.discussion}"
