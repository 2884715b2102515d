from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models import F, Q
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from core import roles
from core.images import ResizedImageField
from core.models import TimeStampedModel
from core.slugs import SLUG_HELP_TEXT, SlugFromTitle
from core.tags import translated_tags
from core.validators import validate_image_size
from events.enums import EventStatus, EventType

from .fields import language_names, languages_field


class EventQuerySet(models.QuerySet):
    def public(self):
        return self.filter(status__in=EventStatus.public())

    def published(self):
        """What anyone may see and comment on (`core.models.public_objects`): the public events."""
        return self.public()

    def upcoming(self):
        return self.public().filter(end__gte=timezone.now()).order_by("start")

    def past(self):
        return self.public().filter(end__lt=timezone.now()).order_by("-start")

    def managed_by(self, user):
        """Events `user` may edit (as `roles.can_edit` decides for one): all for moderators, else their own."""
        if not roles.can_edit(user, self.model):
            return self.none()
        if roles.is_moderator(user):
            return self
        if roles.is_organiser(user):
            return self.filter(organisers=user)
        return self.none()

    def get_managed(self, user, **lookups):
        """The event found by `lookups` for its own organisers and moderators (the desk, the check-in list):
        Http404 when there is none, PermissionDenied when `user` does not manage it."""
        event = get_object_or_404(self, **lookups)
        if not (roles.is_moderator(user) or roles.is_organiser_of(user, event)):
            raise PermissionDenied
        return event

    def visible_to(self, user):
        """Public events, plus drafts the user may edit (and so preview)."""
        return self.filter(Q(status__in=EventStatus.public()) | Q(pk__in=self.managed_by(user).values("pk")))


class Event(SlugFromTitle, TimeStampedModel):
    title = models.CharField(_("title"), max_length=250)
    slug = models.SlugField(_("slug"), max_length=250, unique=True, blank=True, help_text=SLUG_HELP_TEXT)
    event_type = models.CharField(_("type"), max_length=16, choices=EventType.choices, db_index=True)
    status = models.CharField(
        _("status"), max_length=16, choices=EventStatus.choices, default=EventStatus.DRAFT, db_index=True
    )
    published_at = models.DateTimeField(_("published"), null=True, blank=True, editable=False)
    summary = models.TextField(_("summary"), help_text=_("One paragraph shown on cards and in calendars."))
    description = models.TextField(_("description"), blank=True)
    target_audience = models.TextField(_("target audience"), blank=True)
    languages = languages_field()
    start = models.DateTimeField(_("starts"), db_index=True, help_text=_("Date and time in Sofia."))
    end = models.DateTimeField(_("ends"), help_text=_("Date and time in Sofia."))
    is_online = models.BooleanField(_("online"), default=False)
    online_url = models.URLField(
        _("online meeting link"), blank=True, help_text=_("Shown only to registered participants.")
    )
    venue_name = models.CharField(_("venue"), max_length=200, blank=True)
    venue_address = models.CharField(_("address"), max_length=300, blank=True)
    city = models.CharField(_("city"), max_length=120, blank=True, db_index=True)
    country = CountryField(_("country"), blank=True)
    organiser = models.ForeignKey(
        "directory.Organisation", verbose_name=_("organiser"), on_delete=models.PROTECT, related_name="organised_events"
    )
    partners = models.ManyToManyField(
        "directory.Organisation", verbose_name=_("partner organisations"), related_name="partner_events", blank=True
    )
    project = models.ForeignKey(
        "directory.Project",
        verbose_name=_("funded project"),
        on_delete=models.PROTECT,
        related_name="events",
        null=True,
        blank=True,
    )
    themes = models.ManyToManyField("directory.Theme", verbose_name=_("themes"), related_name="events", blank=True)
    tags = translated_tags()
    cover = ResizedImageField(
        _("cover image"),
        upload_to="events/covers/",
        blank=True,
        max_size=(1600, 900),
        validators=[validate_image_size],
        help_text=_("PNG or JPEG, at most 5 MB."),
    )
    cover_alt = models.CharField(_("cover description"), max_length=250, blank=True)
    capacity = models.PositiveIntegerField(_("capacity"), null=True, blank=True, help_text=_("Empty means no limit."))
    registration_opens = models.DateTimeField(_("registration opens"), null=True, blank=True)
    registration_closes = models.DateTimeField(_("registration closes"), null=True, blank=True)
    organisers = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("managed by"),
        related_name="managed_events",
        blank=True,
        help_text=_("Users who may edit this event and its programme in the administration."),
    )

    objects = EventQuerySet.as_manager()

    class Meta:
        ordering = ["-start"]
        verbose_name = _("event")
        verbose_name_plural = _("events")
        constraints = [
            models.CheckConstraint(
                condition=Q(end__gt=F("start")),
                name="event_ends_after_start",
                violation_error_message=_("An event must end after it starts."),
            ),
            models.CheckConstraint(
                condition=Q(registration_opens__isnull=True)
                | Q(registration_closes__isnull=True)
                | Q(registration_closes__gt=F("registration_opens")),
                name="event_registration_closes_after_opening",
                violation_error_message=_("Registration must close after it opens."),
            ),
            models.CheckConstraint(
                condition=Q(is_online=False) | ~Q(online_url=""),
                name="event_online_has_link",
                violation_error_message=_("An online event needs its meeting link."),
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("events:event-detail", kwargs={"slug": self.slug})

    @property
    def is_cancelled(self):
        return self.status == EventStatus.CANCELLED

    @property
    def is_public(self):
        return self.status in EventStatus.public()

    @property
    def is_past(self):
        return self.end < timezone.now()

    @property
    def language_names(self):
        return language_names(self.languages)

    @property
    def place(self):
        """The one-line place shown on cards and in calendars."""
        if self.is_online:
            return str(_("Online"))
        return ", ".join(part for part in (self.venue_name, self.city) if part)

    @property
    def location(self):
        if self.is_online:
            return str(_("Online"))
        parts = [self.venue_name, self.venue_address, self.city, self.country.name if self.country else ""]
        return ", ".join(str(part) for part in parts if part)

    def registration_is_open(self, now=None):
        now = now or timezone.now()
        if self.status != EventStatus.PUBLISHED or self.end < now:
            return False
        if self.registration_opens and now < self.registration_opens:
            return False
        return not (self.registration_closes and now >= self.registration_closes)
