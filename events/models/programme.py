"""The programme of an event: days, rooms, sessions, the people in them, their materials and the change log."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import time_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from core.images import ResizedImageField
from core.models import file_or_link_constraint
from core.slugs import SLUG_HELP_TEXT, SlugFromTitle
from core.validators import MaxFileSizeValidator, validate_image_size
from events.enums import ChangeKind, MaterialKind, RoleKind, SessionKind

from .fields import language_names, languages_field


class ProgrammeDay(models.Model):
    event = models.ForeignKey("events.Event", verbose_name=_("event"), on_delete=models.CASCADE, related_name="days")
    date = models.DateField(_("date"))
    title = models.CharField(_("title"), max_length=200, blank=True, help_text=_("For example “Workshops”."))

    class Meta:
        ordering = ["event", "date"]
        verbose_name = _("programme day")
        verbose_name_plural = _("programme days")
        constraints = [models.UniqueConstraint(fields=["event", "date"], name="programme_day_unique_date")]

    def __str__(self):
        return f"{self.date:%Y-%m-%d} {self.title}".strip()


class Room(models.Model):
    """A room, a track or a parallel group: one column of the timetable."""

    event = models.ForeignKey("events.Event", verbose_name=_("event"), on_delete=models.CASCADE, related_name="rooms")
    name = models.CharField(_("name"), max_length=120)
    position = models.PositiveSmallIntegerField(_("position"), default=0, help_text=_("Columns go left to right."))
    booked_from = models.TimeField(
        _("booked from"),
        null=True,
        blank=True,
        help_text=_("The hours the room is booked for each day; leave empty if it is booked all day."),
    )
    booked_until = models.TimeField(_("booked until"), null=True, blank=True)

    class Meta:
        ordering = ["event", "position", "pk"]
        verbose_name = _("room or track")
        verbose_name_plural = _("rooms and tracks")

    def __str__(self):
        return self.name


class PersonQuerySet(models.QuerySet):
    def managed_by(self, user, events):
        """People `user` may edit, given the events they manage: those with a role in those events' sessions
        and those the user added (who may have no session yet)."""
        in_sessions = self.model.objects.filter(roles__session__event__in=events).values("pk")
        return self.filter(Q(pk__in=in_sessions) | Q(created_by=user))


class Person(SlugFromTitle, models.Model):
    """Someone who speaks, lectures, moderates or trains; may or may not have an account."""

    slug_source = "name"

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True, blank=True, help_text=SLUG_HELP_TEXT)
    organisation = models.ForeignKey(
        "directory.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.SET_NULL,
        related_name="event_people",
        null=True,
        blank=True,
    )
    # Translators: a person's job title ("director"), not a place in a list.
    position_title = models.CharField(pgettext_lazy("job", "position"), max_length=200, blank=True)
    bio = models.TextField(_("short bio"), blank=True)
    photo = ResizedImageField(
        _("photo"),
        upload_to="events/people/",
        blank=True,
        max_size=(400, 400),
        crop=True,
        validators=[validate_image_size],
        help_text=_("PNG or JPEG, at most 5 MB; cropped to a square."),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        on_delete=models.SET_NULL,
        related_name="event_people",
        null=True,
        blank=True,
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("added by"),
        on_delete=models.SET_NULL,
        related_name="+",
        null=True,
        blank=True,
        editable=False,
        help_text=_("An organiser may edit the people they added and those in the events they organise."),
    )

    objects = PersonQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("person")
        verbose_name_plural = _("people")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("events:person-detail", kwargs={"slug": self.slug})


class SessionQuerySet(models.QuerySet):
    def scheduled(self):
        return self.filter(is_cancelled=False)

    def overlapping(self, *, room, start, end):
        return self.filter(room=room, start__lt=end, end__gt=start)


class Session(models.Model):
    event = models.ForeignKey(
        "events.Event", verbose_name=_("event"), on_delete=models.CASCADE, related_name="sessions"
    )
    day = models.ForeignKey(ProgrammeDay, verbose_name=_("day"), on_delete=models.CASCADE, related_name="sessions")
    room = models.ForeignKey(
        Room,
        verbose_name=_("room or track"),
        on_delete=models.SET_NULL,
        related_name="sessions",
        null=True,
        blank=True,
        help_text=_("Empty for plenary sessions and breaks that span every room."),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=SessionKind.choices, default=SessionKind.TALK)
    title = models.CharField(_("title"), max_length=300)
    description = models.TextField(_("description"), blank=True)
    start = models.DateTimeField(_("starts"))
    end = models.DateTimeField(_("ends"))
    parallel_group = models.CharField(
        _("parallel group"),
        max_length=120,
        blank=True,
        help_text=_("For sessions split into groups that run at the same time, e.g. “Group 1: institutions”."),
    )
    languages = languages_field()
    interpretation = models.BooleanField(_("interpretation provided"), default=False)
    is_cancelled = models.BooleanField(_("cancelled"), default=False)
    practices = models.ManyToManyField(
        "practices.Practice", verbose_name=_("practices presented"), related_name="event_sessions", blank=True
    )
    documents = models.ManyToManyField(
        "practices.Document", verbose_name=_("documents"), related_name="event_sessions", blank=True
    )
    films = models.ManyToManyField("films.Film", verbose_name=_("films"), related_name="event_sessions", blank=True)

    objects = SessionQuerySet.as_manager()

    class Meta:
        ordering = ["start", "room__position", "pk"]
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        constraints = [
            models.CheckConstraint(
                condition=Q(end__gt=F("start")),
                name="session_ends_after_start",
                violation_error_message=_("A session must end after it starts."),
            )
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("events:session-detail", kwargs={"slug": self.event.slug, "pk": self.pk})

    @property
    def anchor(self):
        return f"session-{self.pk}"

    @property
    def language_names(self):
        return language_names(self.languages)

    def clean(self):
        super().clean()
        if not (self.start and self.end):
            return
        if self.end <= self.start:
            raise ValidationError({"end": _("A session must end after it starts.")})
        if self.day_id and timezone.localtime(self.start).date() != self.day.date:
            raise ValidationError({"start": _("The session must start on the date of its programme day.")})
        if self.room_id and self.event_id and self.room.event_id != self.event_id:
            raise ValidationError({"room": _("Choose a room of this event.")})
        if self.room_id and not self.is_cancelled:
            clash = (
                Session.objects.scheduled()
                .overlapping(room=self.room, start=self.start, end=self.end)
                .exclude(pk=self.pk)
                .first()
            )
            if clash:
                raise ValidationError({"start": room_taken_message(self.room, clash)})


def room_taken_message(room, clash):
    """Why a session cannot go into `room`: `clash` is already there at that time."""
    return _("%(room)s is taken at this time by “%(title)s” (%(start)s–%(end)s).") % {
        "room": room.name,
        "title": clash.title,
        "start": time_format(timezone.localtime(clash.start), "H:i"),
        "end": time_format(timezone.localtime(clash.end), "H:i"),
    }


class SessionDraft(models.Model):
    """Where and when a session of a published programme is to take place once its organisers publish their
    changes: the public pages, exports and feeds keep reading the session itself until then."""

    session = models.OneToOneField(Session, verbose_name=_("session"), on_delete=models.CASCADE, related_name="draft")
    day = models.ForeignKey(ProgrammeDay, verbose_name=_("day"), on_delete=models.CASCADE, related_name="+")
    room = models.ForeignKey(
        Room, verbose_name=_("room or track"), on_delete=models.CASCADE, related_name="+", null=True, blank=True
    )
    start = models.DateTimeField(_("starts"))
    end = models.DateTimeField(_("ends"))
    changed_at = models.DateTimeField(_("changed"), auto_now=True)

    class Meta:
        ordering = ["start", "pk"]
        verbose_name = _("unpublished programme change")
        verbose_name_plural = _("unpublished programme changes")
        constraints = [
            models.CheckConstraint(
                condition=Q(end__gt=F("start")),
                name="session_draft_ends_after_start",
                violation_error_message=_("A session must end after it starts."),
            )
        ]

    def __str__(self):
        return str(self.session)

    PLACE = ("day", "room", "start", "end")

    def apply_to(self, session):
        """Put the draft's place on `session` in memory (the desk shows it so); nothing is saved."""
        for field in self.PLACE:
            setattr(session, field, getattr(self, field))
        return session


class SessionRole(models.Model):
    session = models.ForeignKey(Session, verbose_name=_("session"), on_delete=models.CASCADE, related_name="roles")
    person = models.ForeignKey(Person, verbose_name=_("person"), on_delete=models.PROTECT, related_name="roles")
    role = models.CharField(_("role"), max_length=16, choices=RoleKind.choices, default=RoleKind.SPEAKER)
    position = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["session", "position", "pk"]
        verbose_name = _("role in a session")
        verbose_name_plural = _("roles in sessions")
        constraints = [
            models.UniqueConstraint(fields=["session", "person", "role"], name="session_role_unique_person_role")
        ]

    def __str__(self):
        return f"{self.person} ({self.get_role_display()})"


def validate_material_size(file):
    MaxFileSizeValidator(settings.MAX_DOCUMENT_UPLOAD_BYTES)(file)


class SessionMaterial(models.Model):
    """What a session left behind: its recording, slides or report, as an uploaded file or a link."""

    session = models.ForeignKey(Session, verbose_name=_("session"), on_delete=models.CASCADE, related_name="materials")
    kind = models.CharField(_("kind"), max_length=16, choices=MaterialKind.choices)
    title = models.CharField(_("title"), max_length=250)
    file = models.FileField(_("file"), upload_to="events/materials/", blank=True, validators=[validate_material_size])
    url = models.URLField(_("link"), blank=True)

    class Meta:
        ordering = ["session", "kind", "pk"]
        verbose_name = _("session material")
        verbose_name_plural = _("session materials")
        constraints = [
            file_or_link_constraint(
                name="session_material_has_file_or_link",
                message=_("Upload a file or give a link."),
                link_field="url",
                exclusive=False,
            )
        ]

    def __str__(self):
        return self.title

    @property
    def href(self):
        return self.file.url if self.file else self.url


class ProgrammeChange(models.Model):
    """One line of a published programme's change log, written by the services, never by hand."""

    event = models.ForeignKey("events.Event", verbose_name=_("event"), on_delete=models.CASCADE, related_name="changes")
    session = models.ForeignKey(
        Session, verbose_name=_("session"), on_delete=models.SET_NULL, related_name="changes", null=True, blank=True
    )
    kind = models.CharField(_("kind"), max_length=16, choices=ChangeKind.choices)
    description = models.TextField(_("what changed"))
    created_at = models.DateTimeField(_("recorded"), default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("programme change")
        verbose_name_plural = _("programme changes")

    def __str__(self):
        return self.description

    def get_absolute_url(self):
        return reverse("events:change-log", kwargs={"slug": self.event.slug}) + f"#change-{self.pk}"
