from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from core.models import TimeStampedModel
from newsletter.enums import Audience, DeliveryStatus, IssueStatus, SubscriptionStatus


class Topics(models.Model):
    """What a reader wants to hear about; nothing chosen in a kind of topic means everything of that kind."""

    themes = models.ManyToManyField("directory.Theme", verbose_name=_("themes"), related_name="+", blank=True)
    countries = CountryField(_("countries"), multiple=True, blank=True)
    content_types = models.JSONField(_("content types"), default=list, blank=True)

    class Meta:
        abstract = True


class SubscriberQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(status=SubscriptionStatus.CONFIRMED)


class Subscriber(Topics, TimeStampedModel):
    """An address that asked for the newsletter, with the consent it gave; no account needed."""

    email = models.EmailField(_("e-mail address"), unique=True)
    language = models.CharField(_("language"), max_length=2, choices=settings.LANGUAGES)
    status = models.CharField(
        _("status"), max_length=16, choices=SubscriptionStatus.choices, default=SubscriptionStatus.PENDING
    )
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="newsletter_subscriber",
    )
    consent_text = models.TextField(_("consent shown"))
    consented_at = models.DateTimeField(_("consent given"))
    consent_ip = models.GenericIPAddressField(_("consent given from"), null=True, blank=True)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("unsubscribed"), null=True, blank=True)

    objects = SubscriberQuerySet.as_manager()

    class Meta:
        ordering = ["email"]
        verbose_name = _("subscriber")
        verbose_name_plural = _("subscribers")
        indexes = [models.Index(fields=["status", "created_at"], name="subscriber_status_created")]

    def __str__(self):
        return self.email


class IssueQuerySet(models.QuerySet):
    def sent(self):
        return self.filter(status=IssueStatus.SENT)


class Issue(TimeStampedModel):
    """One issue of the newsletter: a subject and an introduction per language, and its blocks."""

    subject = models.CharField(_("subject"), max_length=200)
    introduction = models.TextField(
        _("introduction"), blank=True, help_text=_("Markdown: **bold**, *italic*, [links](https://…), lists.")
    )
    audience = models.CharField(_("audience"), max_length=3, choices=Audience.choices, default=Audience.EVERYONE)
    status = models.CharField(_("status"), max_length=16, choices=IssueStatus.choices, default=IssueStatus.DRAFT)
    scheduled_at = models.DateTimeField(
        _("send at"), null=True, blank=True, help_text=_("Leave empty and press “Send now” to send at once.")
    )
    started_at = models.DateTimeField(_("sending started"), null=True, blank=True, editable=False)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("composed by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
    )

    objects = IssueQuerySet.as_manager()

    class Meta:
        ordering = ["-sent_at", "-created_at", "-pk"]
        verbose_name = _("newsletter issue")
        verbose_name_plural = _("newsletter issues")

    def __str__(self):
        return self.subject

    def get_absolute_url(self):
        return reverse("newsletter:issue-detail", kwargs={"pk": self.pk})

    @property
    def is_editable(self):
        return self.status in {IssueStatus.DRAFT, IssueStatus.SCHEDULED}


class IssueBlock(models.Model):
    """A piece of new content in an issue, copied from the app that published it, so the issue keeps its words."""

    issue = models.ForeignKey(Issue, verbose_name=_("issue"), on_delete=models.CASCADE, related_name="blocks")
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    kind = models.CharField(_("content type"), max_length=32)
    title = models.CharField(_("title"), max_length=300, blank=True)
    summary = models.TextField(_("summary"), blank=True)
    url = models.CharField(_("address"), max_length=500, help_text=_("The page's path, such as /bg/news/…/."))
    themes = models.ManyToManyField("directory.Theme", verbose_name=_("themes"), related_name="+", blank=True)
    countries = CountryField(_("countries"), multiple=True, blank=True)
    source_type = models.ForeignKey(
        ContentType, verbose_name=_("source"), on_delete=models.SET_NULL, null=True, blank=True, editable=False
    )
    source_id = models.PositiveBigIntegerField(_("source id"), null=True, blank=True, editable=False)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("block")
        verbose_name_plural = _("blocks")
        constraints = [
            models.UniqueConstraint(
                fields=["issue", "source_type", "source_id"],
                condition=Q(source_id__isnull=False),
                name="issue_block_source_once",
            )
        ]

    def __str__(self):
        return self.title or self.url


class Delivery(models.Model):
    """One issue to one subscriber: made for the whole audience when sending starts, so a restart skips nobody."""

    issue = models.ForeignKey(Issue, verbose_name=_("issue"), on_delete=models.CASCADE, related_name="deliveries")
    subscriber = models.ForeignKey(
        Subscriber, verbose_name=_("subscriber"), on_delete=models.CASCADE, related_name="deliveries"
    )
    status = models.CharField(_("status"), max_length=16, choices=DeliveryStatus.choices, default=DeliveryStatus.QUEUED)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)
    claimed_at = models.DateTimeField(_("claimed"), null=True, blank=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    error = models.CharField(_("reason"), max_length=300, blank=True)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")
        constraints = [models.UniqueConstraint(fields=["issue", "subscriber"], name="delivery_once_per_subscriber")]
        indexes = [models.Index(fields=["issue", "status", "sent_at"], name="delivery_progress")]

    def __str__(self):
        return f"{self.issue} → {self.subscriber}"
