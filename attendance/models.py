"""Who came to an event (ticked at the door, day by day) and the certificates of attendance of its trainings."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.images import ResizedImageField
from core.validators import validate_image_size

SIGNATURE_SIZE = (600, 240)


class CheckIn(models.Model):
    """One participant's presence on one programme day, or in one session of it, as last ticked on the check-in list.

    `client_id` is the tick's own id, made by the page that sent it: a tick queued offline and sent twice is
    applied once. `ticked_at` is when the tick was made (on the organiser's device); an older tick arriving late
    never overwrites a newer one.
    """

    registration = models.ForeignKey(
        "events.Registration", verbose_name=_("registration"), on_delete=models.CASCADE, related_name="check_ins"
    )
    day = models.ForeignKey(
        "events.ProgrammeDay", verbose_name=_("programme day"), on_delete=models.CASCADE, related_name="check_ins"
    )
    session = models.ForeignKey(
        "events.Session",
        verbose_name=_("session"),
        on_delete=models.CASCADE,
        related_name="check_ins",
        null=True,
        blank=True,
        help_text=_("Empty when the tick is for the whole day."),
    )
    present = models.BooleanField(_("present"), default=True)
    ticked_at = models.DateTimeField(_("ticked"))
    ticked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("ticked by"), on_delete=models.SET_NULL, null=True, related_name="+"
    )
    client_id = models.CharField(_("tick id"), max_length=64, blank=True)

    class Meta:
        ordering = ["day", "registration"]
        constraints = [
            models.UniqueConstraint(
                fields=["registration", "day"], condition=Q(session__isnull=True), name="check_in_once_per_day"
            ),
            models.UniqueConstraint(
                fields=["registration", "session"],
                condition=Q(session__isnull=False),
                name="check_in_once_per_session",
            ),
        ]
        verbose_name = _("check-in")
        verbose_name_plural = _("check-ins")

    def __str__(self):
        return f"{self.registration} ({self.day})"


class CertificateSettings(models.Model):
    """What a training's certificates say and who signs them; an event without these issues no certificates."""

    event = models.OneToOneField(
        "events.Event", verbose_name=_("event"), on_delete=models.CASCADE, related_name="certificate_settings"
    )
    minimum_days = models.PositiveSmallIntegerField(
        _("days to attend"),
        null=True,
        blank=True,
        help_text=_("Days of the programme a participant must attend; empty means every day."),
    )
    hours = models.PositiveSmallIntegerField(_("hours of training"), null=True, blank=True)
    funding = models.CharField(
        _("funding programme"), max_length=300, blank=True, help_text=_("Printed under the event, as the funder asks.")
    )
    signatory = models.CharField(_("signed by"), max_length=200)
    signatory_role = models.CharField(_("signatory's position"), max_length=200, blank=True)
    signature = ResizedImageField(
        _("signature"),
        upload_to="signatures/",
        blank=True,
        max_size=SIGNATURE_SIZE,
        validators=[validate_image_size],
        help_text=_("PNG or JPEG of the handwritten signature, on a white or transparent background."),
    )

    class Meta:
        verbose_name = _("certificate settings")
        verbose_name_plural = _("certificate settings")

    def __str__(self):
        return str(self.event)


class Certificate(models.Model):
    """A certificate of attendance: the PDF is drawn when downloaded; the code proves it on the verification page."""

    registration = models.OneToOneField(
        "events.Registration", verbose_name=_("registration"), on_delete=models.CASCADE, related_name="certificate"
    )
    code = models.CharField(_("verification code"), max_length=16, unique=True)
    holder_name = models.CharField(_("name on the certificate"), max_length=200)
    days_attended = models.PositiveSmallIntegerField(_("days attended"))
    issued_at = models.DateTimeField(_("issued"), auto_now_add=True)

    class Meta:
        ordering = ["-issued_at"]
        verbose_name = _("certificate of attendance")
        verbose_name_plural = _("certificates of attendance")

    def __str__(self):
        return self.code

    def get_absolute_url(self):
        return reverse("attendance:certificate-verify", kwargs={"code": self.code})
