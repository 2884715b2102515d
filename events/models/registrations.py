from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from events.enums import RegistrationStatus


class RegistrationQuerySet(models.QuerySet):
    def active(self):
        return self.filter(status__in=RegistrationStatus.active())

    def confirmed(self):
        return self.filter(status=RegistrationStatus.CONFIRMED)

    def waitlisted(self):
        return self.filter(status=RegistrationStatus.WAITLISTED).order_by("position")


class Registration(models.Model):
    event = models.ForeignKey(
        "events.Event", verbose_name=_("event"), on_delete=models.CASCADE, related_name="registrations"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("participant"), on_delete=models.CASCADE, related_name="registrations"
    )
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    accessibility_needs = models.TextField(
        _("accessibility needs"),
        blank=True,
        help_text=_("Step-free access, sign-language interpretation, large print, dietary needs…"),
    )
    status = models.CharField(
        _("status"), max_length=16, choices=RegistrationStatus.choices, default=RegistrationStatus.CONFIRMED
    )
    position = models.PositiveIntegerField(
        _("order of registration"), help_text=_("The waiting list is promoted in this order.")
    )
    created_at = models.DateTimeField(_("registered"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        ordering = ["event", "position"]
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        constraints = [
            models.UniqueConstraint(
                fields=["event", "user"],
                condition=Q(status__in=["confirmed", "waitlisted"]),
                name="registration_one_active_per_user",
                violation_error_message=_("You are already registered for this event."),
            ),
            models.UniqueConstraint(fields=["event", "position"], name="registration_unique_position"),
        ]

    def __str__(self):
        return f"{self.user} → {self.event}"


class StarredSession(models.Model):
    """A session a participant put in “my programme”."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("user"), on_delete=models.CASCADE, related_name="starred_sessions"
    )
    session = models.ForeignKey(
        "events.Session", verbose_name=_("session"), on_delete=models.CASCADE, related_name="stars"
    )
    created_at = models.DateTimeField(_("starred"), auto_now_add=True)

    class Meta:
        ordering = ["session__start"]
        verbose_name = _("starred session")
        verbose_name_plural = _("starred sessions")
        constraints = [models.UniqueConstraint(fields=["user", "session"], name="starred_session_unique")]

    def __str__(self):
        return f"{self.user} ★ {self.session}"


class OrganiserMessage(models.Model):
    """A message an event's organisers sent to its registered participants; each copy's receipt says whether
    (and when) its reader opened it on the site."""

    event = models.ForeignKey(
        "events.Event", verbose_name=_("event"), on_delete=models.CASCADE, related_name="organiser_messages"
    )
    subject = models.CharField(_("subject"), max_length=200)
    body = models.TextField(_("message"))
    sent_at = models.DateTimeField(_("sent"), auto_now_add=True)

    class Meta:
        ordering = ["-sent_at", "-pk"]
        verbose_name = _("message to participants")
        verbose_name_plural = _("messages to participants")

    def __str__(self):
        return self.subject

    def get_absolute_url(self):
        return reverse("events:message-detail", kwargs={"slug": self.event.slug, "pk": self.pk})


class MessageReceipt(models.Model):
    """One participant's copy of an organiser's message: opened on the site (signed in, or through the signed
    link in the e-mail) when `read_at` is set. No tracking pixel: opening the e-mail itself is not recorded."""

    message = models.ForeignKey(
        OrganiserMessage, verbose_name=_("message"), on_delete=models.CASCADE, related_name="receipts"
    )
    registration = models.ForeignKey(
        Registration, verbose_name=_("registration"), on_delete=models.CASCADE, related_name="message_receipts"
    )
    read_at = models.DateTimeField(_("read"), null=True, blank=True)

    class Meta:
        ordering = ["message", "pk"]
        verbose_name = _("message receipt")
        verbose_name_plural = _("message receipts")
        constraints = [
            models.UniqueConstraint(fields=["message", "registration"], name="message_receipt_once_per_registration")
        ]

    def __str__(self):
        return f"{self.message} → {self.registration.user}"
