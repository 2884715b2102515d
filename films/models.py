"""Films about practices and their subtitle tracks, stored once as WebVTT and as cues."""

from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.images import ResizedImageField
from core.models import PublishableModel, PublishableQuerySet, TimeStampedModel, file_or_link_constraint
from core.slugs import SLUG_HELP_TEXT, SlugFromTitle
from core.tags import translated_tags
from core.validators import validate_image_size

from .enums import FilmLanguage, TrackKind, TrackStatus
from .validators import embed_url, validate_external_url, validate_film_file


class Film(SlugFromTitle, PublishableModel):
    title = models.CharField(_("title"), max_length=250)
    slug = models.SlugField(
        _("slug"),
        max_length=250,
        unique=True,
        blank=True,
        help_text=SLUG_HELP_TEXT,
    )
    description = models.TextField(_("description"), blank=True)
    produced_by = models.CharField(
        _("made by"), max_length=300, blank=True, help_text=_("Who filmed and edited it, and for whom.")
    )
    translated_by = models.CharField(
        _("translated by"), max_length=300, blank=True, help_text=_("Who translated and subtitled it.")
    )
    duration = models.DurationField(_("duration"), help_text=_("hh:mm:ss. Subtitles may not run past this time."))
    original_language = models.CharField(
        _("original language"), max_length=8, choices=FilmLanguage.choices, default=FilmLanguage.ENGLISH
    )
    practices = models.ManyToManyField(
        "practices.Practice", verbose_name=_("practices"), related_name="films", blank=True
    )
    project = models.ForeignKey(
        "directory.Project",
        verbose_name=_("funded project"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="films",
    )
    organisations = models.ManyToManyField(
        "directory.Organisation", verbose_name=_("organisations shown"), related_name="films", blank=True
    )
    themes = models.ManyToManyField("directory.Theme", verbose_name=_("themes"), related_name="films", blank=True)
    tags = translated_tags(help_text=_("Free words, separated by commas."))
    poster = ResizedImageField(
        _("poster"),
        upload_to="films/posters/",
        blank=True,
        max_size=(1280, 720),
        validators=[validate_image_size],
        help_text=_("A still shown before the film plays. PNG or JPEG, at most 5 MB; stored once at 1280 px."),
    )
    file = models.FileField(
        _("video file"),
        upload_to="films/",
        blank=True,
        validators=[validate_film_file],
        help_text=_("MP4 or WebM. Only uploaded films can carry the portal's subtitles."),
    )
    external_url = models.URLField(
        _("YouTube or Vimeo address"),
        blank=True,
        validators=[validate_external_url],
        help_text=_("Instead of a file: the film is shown through the host's privacy-enhanced player."),
    )

    objects = PublishableQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("film")
        verbose_name_plural = _("films")
        constraints = [
            file_or_link_constraint(
                name="film_file_or_external_url",
                message=_("Upload a video file or give a YouTube or Vimeo address, not both."),
            ),
            models.CheckConstraint(condition=Q(duration__gt=timedelta(0)), name="film_duration_positive"),
        ]
        indexes = [models.Index(fields=["status", "-created_at", "-id"], name="film_public_newest")]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("films:film-detail", kwargs={"slug": self.slug})

    def subtitles_end_ms(self):
        """When the last cue of any of the film's tracks ends, in milliseconds (None without cues)."""
        return Cue.objects.filter(track__film=self).aggregate(models.Max("end_ms"))["end_ms__max"]

    def clean(self):
        super().clean()
        if bool(self.file) == bool(self.external_url):
            raise ValidationError(
                {"file": _("Upload a video file or give a YouTube or Vimeo address (one of the two).")}
            )

    @property
    def embed_url(self):
        return embed_url(self.external_url) if self.external_url else ""

    @property
    def media_type(self):
        """The MIME type of the uploaded file for `<source type>`, read from its name (checked on upload)."""
        return "video/webm" if self.file.name.lower().endswith((".webm", ".mkv")) else "video/mp4"


class SubtitleTrackQuerySet(models.QuerySet):
    def approved(self):
        return self.filter(status=TrackStatus.APPROVED)


class SubtitleTrack(TimeStampedModel):
    film = models.ForeignKey(Film, verbose_name=_("film"), on_delete=models.CASCADE, related_name="subtitle_tracks")
    language = models.CharField(_("language"), max_length=8, choices=FilmLanguage.choices)
    kind = models.CharField(_("kind"), max_length=16, choices=TrackKind.choices, default=TrackKind.SUBTITLES)
    label = models.CharField(
        _("label"), max_length=80, blank=True, help_text=_("Shown in the player's menu; empty means the language name.")
    )
    status = models.CharField(
        _("status"),
        max_length=16,
        choices=TrackStatus.choices,
        default=TrackStatus.DRAFT,
        db_index=True,
        help_text=_("Only approved tracks are shown to visitors."),
    )
    webvtt = models.TextField(_("WebVTT text"), editable=False)
    source_filename = models.CharField(_("uploaded file"), max_length=255, blank=True, editable=False)
    source_encoding = models.CharField(_("encoding of the uploaded file"), max_length=32, blank=True, editable=False)

    objects = SubtitleTrackQuerySet.as_manager()

    class Meta:
        ordering = ["film", "language"]
        verbose_name = _("subtitle track")
        verbose_name_plural = _("subtitle tracks")
        constraints = [
            models.UniqueConstraint(
                fields=["film", "language"],
                name="subtitle_track_one_per_language",
                violation_error_message=_("This film already has a subtitle track in this language."),
            )
        ]
        # Covers "which languages have approved tracks" without reading the stored WebVTT rows.
        indexes = [models.Index(fields=["status", "language", "film"], name="subtitle_track_public_language")]

    def __str__(self):
        return f"{self.film} ({self.get_language_display()})"

    @property
    def display_label(self):
        return self.label or self.get_language_display()

    @property
    def is_public(self):
        return self.status == TrackStatus.APPROVED

    def get_absolute_url(self):
        return reverse("films:track-vtt", kwargs={"slug": self.film.slug, "language": self.language})

    def get_srt_url(self):
        return reverse("films:track-srt", kwargs={"slug": self.film.slug, "language": self.language})


class Cue(models.Model):
    """One subtitle of a track: kept as rows so transcripts and site search need no parsing."""

    track = models.ForeignKey(
        SubtitleTrack, verbose_name=_("subtitle track"), on_delete=models.CASCADE, related_name="cues"
    )
    position = models.PositiveIntegerField(_("position"))
    start_ms = models.PositiveIntegerField(_("start (ms)"))
    end_ms = models.PositiveIntegerField(_("end (ms)"))
    text = models.TextField(_("text"))
    line = models.PositiveIntegerField(_("line in the uploaded file"), default=0)

    class Meta:
        ordering = ["track", "position"]
        verbose_name = _("cue")
        verbose_name_plural = _("cues")
        constraints = [
            models.UniqueConstraint(fields=["track", "position"], name="cue_unique_position"),
            models.CheckConstraint(condition=Q(end_ms__gt=F("start_ms")), name="cue_ends_after_start"),
        ]

    def __str__(self):
        return f"{self.timestamp} {self.text[:40]}"

    @property
    def seek_seconds(self):
        """The start in seconds as plain text ("83.5"), never localised, for data attributes."""
        return f"{self.start_ms / 1000:g}"

    @property
    def link_seconds(self):
        return self.start_ms // 1000

    @property
    def timestamp(self):
        """m:ss or h:mm:ss, as players show it."""
        total = self.start_ms // 1000
        hours, rest = divmod(total, 3600)
        minutes, seconds = divmod(rest, 60)
        return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"
