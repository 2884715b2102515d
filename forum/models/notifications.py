from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from forum.enums import DigestFrequency, NotificationKind


class NotificationQuerySet(models.QuerySet):
    def unread(self):
        return self.filter(read_at__isnull=True)


class Notification(models.Model):
    """An in-site notice of a reply or a mention; e-mail delivery is tracked by `emailed_at`."""

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recipient"),
        on_delete=models.CASCADE,
        related_name="forum_notifications",
    )
    kind = models.CharField(_("kind"), max_length=16, choices=NotificationKind.choices)
    post = models.ForeignKey("forum.Post", verbose_name=_("post"), on_delete=models.CASCADE, related_name="+")
    discussion = models.ForeignKey(
        "forum.Discussion", verbose_name=_("discussion"), on_delete=models.CASCADE, related_name="+"
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    read_at = models.DateTimeField(_("read"), null=True, blank=True)
    emailed_at = models.DateTimeField(_("e-mailed"), null=True, blank=True)

    objects = NotificationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        indexes = [models.Index(fields=["recipient", "read_at"]), models.Index(fields=["recipient", "emailed_at"])]
        constraints = [models.UniqueConstraint(fields=["recipient", "post"], name="forum_one_notification_per_post")]

    def __str__(self):
        return f"{self.get_kind_display()} → {self.recipient}"


class NotificationPreference(models.Model):
    """How often a user wants e-mail about the discussions they follow."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="forum_preference",
    )
    frequency = models.CharField(
        _("e-mail about discussions I follow"),
        max_length=16,
        choices=DigestFrequency.choices,
        default=DigestFrequency.IMMEDIATE,
    )
    last_digest_at = models.DateTimeField(_("last digest"), null=True, blank=True)

    class Meta:
        ordering = ["user"]
        verbose_name = _("notification preference")
        verbose_name_plural = _("notification preferences")

    def __str__(self):
        return f"{self.user}: {self.get_frequency_display()}"
