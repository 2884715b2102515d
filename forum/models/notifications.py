from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.contrib.contenttypes.prefetch import GenericPrefetch
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.follows import follow_event, subject_querysets
from forum.enums import DigestFrequency, NotificationKind


class NotificationQuerySet(models.QuerySet):
    def unread(self):
        return self.filter(read_at__isnull=True)

    def with_objects(self):
        """With the post and its author, the followed object and the subject loaded: queries per kind of object,
        not per notification."""
        return self.select_related("post__author__profile", "discussion__category").prefetch_related(
            "target", GenericPrefetch("subject", subject_querysets())
        )


class Notification(models.Model):
    """An in-site notice: a reply or a mention (`post`), or a change to something followed (`subject`, a kind
    declared in core.follows). `target` is the followed object it is about, which e-mails are grouped by and
    unsubscribe from; e-mail delivery is tracked by `emailed_at`."""

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recipient"),
        on_delete=models.CASCADE,
        related_name="forum_notifications",
    )
    kind = models.CharField(_("kind"), max_length=32)
    post = models.ForeignKey(
        "forum.Post", verbose_name=_("post"), on_delete=models.CASCADE, related_name="+", null=True, blank=True
    )
    discussion = models.ForeignKey(
        "forum.Discussion",
        verbose_name=_("discussion"),
        on_delete=models.CASCADE,
        related_name="+",
        null=True,
        blank=True,
    )
    target_type = models.ForeignKey(
        ContentType, verbose_name=_("followed content type"), on_delete=models.CASCADE, related_name="+"
    )
    target_id = models.PositiveBigIntegerField(_("followed object id"))
    target = GenericForeignKey("target_type", "target_id")
    subject_type = models.ForeignKey(
        ContentType,
        verbose_name=_("subject content type"),
        on_delete=models.CASCADE,
        related_name="+",
        null=True,
        blank=True,
    )
    subject_id = models.PositiveBigIntegerField(_("subject id"), null=True, blank=True)
    subject = GenericForeignKey("subject_type", "subject_id")
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    read_at = models.DateTimeField(_("read"), null=True, blank=True)
    emailed_at = models.DateTimeField(_("e-mailed"), null=True, blank=True)

    objects = NotificationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        indexes = [models.Index(fields=["recipient", "read_at"]), models.Index(fields=["recipient", "emailed_at"])]
        constraints = [
            models.UniqueConstraint(
                fields=["recipient", "post"], condition=Q(post__isnull=False), name="forum_one_notification_per_post"
            ),
            models.UniqueConstraint(
                fields=["recipient", "kind", "subject_type", "subject_id"],
                condition=Q(subject_id__isnull=False),
                name="forum_one_notification_per_change",
            ),
        ]

    def __str__(self):
        return f"{self.kind} → {self.recipient}"

    @property
    def is_mention(self):
        return self.kind == NotificationKind.MENTION

    @property
    def message(self):
        """What changed, in the active language: "New session in <event>: <session>" (changes only)."""
        if self.post_id is not None or self.subject is None:
            return ""
        try:
            event = follow_event(self.kind)
        except KeyError:  # the app that declared this kind is no longer installed
            return str(self.subject)
        return event.message % {"target": self.target, "subject": self.subject}

    @property
    def url(self):
        if self.post_id is not None:
            return self.post.get_absolute_url()
        return (self.subject or self.target).get_absolute_url()


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
