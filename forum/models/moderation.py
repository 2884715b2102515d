from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from forum.enums import FlagOutcome, FlagReason, ModerationAction


class FlagQuerySet(models.QuerySet):
    def open(self):
        return self.filter(resolved_at__isnull=True)


class Flag(models.Model):
    """A reader's report of a post; a moderator resolves it by hiding the post or dismissing the flag."""

    post = models.ForeignKey("forum.Post", verbose_name=_("post"), on_delete=models.PROTECT, related_name="flags")
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("reported by"), on_delete=models.PROTECT, related_name="forum_flags"
    )
    reason = models.CharField(_("reason"), max_length=16, choices=FlagReason.choices)
    text = models.TextField(_("details"), blank=True)
    created_at = models.DateTimeField(_("reported"), default=timezone.now)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("resolved by"),
        on_delete=models.PROTECT,
        related_name="+",
        null=True,
        blank=True,
    )
    resolved_at = models.DateTimeField(_("resolved"), null=True, blank=True)
    outcome = models.CharField(_("outcome"), max_length=16, choices=FlagOutcome.choices, blank=True)

    objects = FlagQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("flag")
        verbose_name_plural = _("flags")
        constraints = [
            models.UniqueConstraint(
                fields=["post", "reporter"],
                condition=models.Q(resolved_at__isnull=True),
                name="forum_one_open_flag_per_reporter",
            )
        ]

    def __str__(self):
        return f"{self.get_reason_display()}: {self.post}"


class ModerationLog(models.Model):
    """Who did what to which post or thread, when and why."""

    moderator = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("moderator"), on_delete=models.PROTECT, related_name="+"
    )
    action = models.CharField(_("action"), max_length=16, choices=ModerationAction.choices)
    reason = models.TextField(_("why"), blank=True)
    created_at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)
    discussion = models.ForeignKey(
        "forum.Discussion", verbose_name=_("discussion"), on_delete=models.PROTECT, related_name="moderation_logs"
    )
    post = models.ForeignKey(
        "forum.Post",
        verbose_name=_("post"),
        on_delete=models.PROTECT,
        related_name="moderation_logs",
        null=True,
        blank=True,
    )

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("moderation log entry")
        verbose_name_plural = _("moderation log")

    def __str__(self):
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.moderator}: {self.get_action_display()}"
