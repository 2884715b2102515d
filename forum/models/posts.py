from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


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


class Post(models.Model):
    """One message in a discussion. Moderators hide posts; nothing is deleted."""

    discussion = models.ForeignKey(
        "forum.Discussion", verbose_name=_("discussion"), on_delete=models.PROTECT, related_name="posts"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("author"), on_delete=models.PROTECT, related_name="forum_posts"
    )
    body = models.TextField(
        _("text"), help_text=_("Markdown: **bold**, _italics_, lists, [links](https://…), > quotes, `code`.")
    )
    body_html = models.TextField(_("rendered text"), editable=False)
    reply_to = models.ForeignKey(
        "self", verbose_name=_("in reply to"), on_delete=models.SET_NULL, related_name="replies", null=True, blank=True
    )
    language = models.CharField(
        _("language"),
        max_length=2,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("The language the post is written in; pages in the other language mark it for screen readers."),
    )
    anchor_seconds = models.PositiveIntegerField(
        _("moment in the film (seconds)"), null=True, blank=True, help_text=_("For comments on a film.")
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now, db_index=True)
    edited_at = models.DateTimeField(_("edited"), null=True, blank=True)
    is_held = models.BooleanField(
        _("held for approval"), default=False, help_text=_("Only the author and moderators see a held post.")
    )
    is_hidden = models.BooleanField(_("hidden"), default=False)
    hidden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("hidden by"),
        on_delete=models.PROTECT,
        related_name="+",
        null=True,
        blank=True,
    )
    hidden_at = models.DateTimeField(_("hidden at"), null=True, blank=True)
    hidden_reason = models.TextField(_("reason for hiding"), blank=True)

    objects = PostQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("post")
        verbose_name_plural = _("posts")
        indexes = [models.Index(fields=["discussion", "created_at"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(is_hidden=False) | Q(hidden_at__isnull=False), name="forum_hidden_post_has_time"
            )
        ]

    def __str__(self):
        return f"#{self.pk} {self.author}"

    def get_absolute_url(self):
        return reverse("forum:post-detail", kwargs={"pk": self.pk})

    @property
    def anchor_label(self):
        """The film moment as 01:23 (or 1:02:03 past an hour)."""
        if self.anchor_seconds is None:
            return ""
        hours, rest = divmod(self.anchor_seconds, 3600)
        minutes, seconds = divmod(rest, 60)
        return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes:02d}:{seconds:02d}"


class PostRevision(models.Model):
    """The text a post had before an edit; moderators can read the history."""

    post = models.ForeignKey(Post, verbose_name=_("post"), on_delete=models.CASCADE, related_name="revisions")
    body = models.TextField(_("text"))
    edited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("edited by"), on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(_("saved"), default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("post revision")
        verbose_name_plural = _("post revisions")

    def __str__(self):
        return f"{self.post} @ {self.created_at:%Y-%m-%d %H:%M}"
