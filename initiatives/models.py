from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.models import TimeStampedModel
from core.slugs import SLUG_HELP_TEXT, SlugFromTitle
from directory.geography import oblast_field
from initiatives.enums import CallKind, CallStatus


class CallQuerySet(models.QuerySet):
    def public(self):
        """Approved calls, open or in the archive; never those awaiting approval or hidden by a moderator."""
        return self.filter(status__in=[CallStatus.OPEN, CallStatus.CLOSED])

    def open(self):
        """Approved calls whose closing date has not passed (the periodic sweep closes the others)."""
        return self.filter(status=CallStatus.OPEN, closes_on__gte=timezone.localdate())

    def archived(self):
        """Closed calls, and open ones past their date that the sweep has not reached yet."""
        return self.public().exclude(pk__in=self.open().values("pk"))

    def with_card(self):
        """What a card shows: the organisation and the themes."""
        return self.select_related("organisation").prefetch_related("themes")


class Call(SlugFromTitle, TimeStampedModel):
    """A call for partners, a campaign or a volunteering opportunity, posted by a member in an organisation's name.

    The first calls of an organisation wait for a moderator's approval; once one is approved, the organisation's
    next calls open at once. A call closes by itself after `closes_on` and stays in the archive.
    """

    reserved_slugs = ("new", "archive")

    kind = models.CharField(_("type"), max_length=16, choices=CallKind.choices, db_index=True)
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True, blank=True, help_text=SLUG_HELP_TEXT)
    summary = models.TextField(_("summary"), max_length=500, help_text=_("One or two sentences: what and for whom."))
    description = models.TextField(
        _("description"), blank=True, help_text=_("What you offer or ask for, what happens next, what it takes.")
    )
    organisation = models.ForeignKey(
        "directory.Organisation", verbose_name=_("organisation"), on_delete=models.PROTECT, related_name="calls"
    )
    posted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("posted by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="posted_calls",
    )
    themes = models.ManyToManyField("directory.Theme", verbose_name=_("themes"), blank=True, related_name="calls")
    target_groups = models.ManyToManyField(
        "directory.TargetGroup", verbose_name=_("target groups"), blank=True, related_name="calls"
    )
    oblast = oblast_field(db_index=True)
    municipality = models.CharField(_("municipality"), max_length=120, blank=True)
    remote_or_small = models.BooleanField(
        _("remote or small settlement"),
        default=False,
        help_text=_("The call concerns a remote place or a small settlement (a village, a hamlet)."),
    )
    closes_on = models.DateField(_("open until"), db_index=True)
    contact = models.CharField(
        _("contact"), max_length=300, help_text=_("A name, an e-mail address or a telephone number.")
    )
    status = models.CharField(
        _("status"), max_length=16, choices=CallStatus.choices, default=CallStatus.PENDING, db_index=True
    )
    approved_at = models.DateTimeField(_("approved"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)

    objects = CallQuerySet.as_manager()

    class Meta:
        ordering = ["closes_on", "-pk"]
        verbose_name = _("call")
        verbose_name_plural = _("calls")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("initiatives:call-detail", kwargs={"slug": self.slug})

    @property
    def is_open(self):
        return self.status == CallStatus.OPEN and self.closes_on >= timezone.localdate()

    @property
    def is_public(self):
        return self.status in (CallStatus.OPEN, CallStatus.CLOSED)


class Interest(TimeStampedModel):
    """A participant's interest in a call, sent through the site to the members of the posting organisation."""

    call = models.ForeignKey(Call, verbose_name=_("call"), on_delete=models.CASCADE, related_name="interests")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("user"), on_delete=models.CASCADE, related_name="call_interests"
    )
    message = models.TextField(_("message"), max_length=2000, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("interest")
        verbose_name_plural = _("interests")
        constraints = [models.UniqueConstraint(fields=["call", "user"], name="one_interest_per_call")]

    def __str__(self):
        return f"{self.user} – {self.call}"
