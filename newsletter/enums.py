from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class SubscriptionStatus(models.TextChoices):
    # Translators: a newsletter subscription waiting for the confirmation link to be opened.
    PENDING = "pending", pgettext_lazy("subscription", "waiting for confirmation")
    CONFIRMED = "confirmed", pgettext_lazy("subscription", "confirmed")
    UNSUBSCRIBED = "unsubscribed", pgettext_lazy("subscription", "unsubscribed")


class Audience(models.TextChoices):
    """Who an issue is for, by the language they read it in."""

    EVERYONE = "all", _("every subscriber")
    BULGARIAN = "bg", _("subscribers reading in Bulgarian")
    ENGLISH = "en", _("subscribers reading in English")


class IssueStatus(models.TextChoices):
    DRAFT = "draft", pgettext_lazy("newsletter issue", "draft")
    SCHEDULED = "scheduled", pgettext_lazy("newsletter issue", "scheduled")
    SENDING = "sending", pgettext_lazy("newsletter issue", "sending")
    SENT = "sent", pgettext_lazy("newsletter issue", "sent")


class DeliveryStatus(models.TextChoices):
    QUEUED = "queued", pgettext_lazy("delivery", "queued")
    SENDING = "sending", pgettext_lazy("delivery", "being sent")
    SENT = "sent", pgettext_lazy("delivery", "sent")
    FAILED = "failed", pgettext_lazy("delivery", "failed")
    BOUNCED = "bounced", pgettext_lazy("delivery", "bounced")
