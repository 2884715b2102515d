from django.contrib import admin, messages
from django.contrib.admin.widgets import AdminFileWidget
from django.forms import Script
from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _

from core.admin import URL_FIELDS, AutocompleteMixin, TranslatedAdmin
from core.enums import PublicationStatus

from .enums import TrackStatus
from .forms import SubtitleTrackForm, SubtitleTrackInlineFormSet
from .models import Film, SubtitleTrack
from .services import set_film_status, set_track_status
from .subtitles import cue_warnings, format_timestamp

PREVIEW_CUES = 8


class FilmFileInput(AdminFileWidget):
    """The film file input, carrying the translated texts of the upload progress bar for admin_upload.js."""

    def __init__(self, attrs=None):
        super().__init__(
            {
                "accept": "video/mp4,video/webm",
                "data-upload-progress": "",
                "data-text-progress": _("%(percent)s%% uploaded, about %(time)s left"),
                "data-text-done": _("Upload complete; the server is checking the film…"),
                "data-text-failed": _(
                    "The upload failed (%(reason)s). Nothing was saved and the form still holds what you typed; "
                    "try again."
                ),
                "data-text-cancel": _("Cancel upload"),
                "data-text-cancelled": _("Upload cancelled. Nothing was saved."),
                **(attrs or {}),
            }
        )


def track_preview(track):
    """The first cues of a track and every warning about line length and reading speed."""
    if not track.pk:
        return "—"
    cues = list(track.cues.all())
    return render_to_string(
        "films/admin/track_preview.html",
        {"cues": cues[:PREVIEW_CUES], "count": len(cues), "warnings": cue_warnings(cues), "track": track},
    )


class SubtitleTrackInline(admin.StackedInline):
    model = SubtitleTrack
    form = SubtitleTrackForm
    formset = SubtitleTrackInlineFormSet
    extra = 0
    fields = [
        ("language", "kind", "status"),
        "label",
        "subtitle_file",
        "encoding",
        "pending_upload",
        "confirm_encoding",
        "preview",
    ]
    readonly_fields = ["preview"]

    @admin.display(description=_("preview"))
    def preview(self, track):
        return track_preview(track)


@admin.register(Film)
class FilmAdmin(AutocompleteMixin, TranslatedAdmin):
    list_display = ["title", "status", "duration", "original_language", "project", "created_at"]
    list_filter = ["status", "original_language", "themes"]
    list_select_related = ["project"]
    search_fields = ["title_bg", "title_en", "slug", "description_bg", "description_en"]
    autocomplete_fields = ["project", "organisations", "themes"]
    filter_horizontal = ["practices"]
    readonly_fields = ["created_at", "updated_at"]
    inlines = [SubtitleTrackInline]
    formfield_overrides = URL_FIELDS
    actions = ["publish", "unpublish"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "status", "description", "produced_by", "translated_by"]}),
        (
            _("Media"),
            {
                "description": _(
                    "Upload an MP4 or WebM file, or give a YouTube or Vimeo address. Only uploaded films show the "
                    "portal's subtitles and transcript. Cues running past the duration are reported as warnings."
                ),
                "fields": ["file", "external_url", "duration", "original_language", "poster"],
            },
        ),
        (_("Links"), {"fields": ["practices", "project", "organisations", "themes", "tags"]}),
        (_("Record"), {"fields": ["created_at", "updated_at"]}),
    ]

    class Media:
        js = [Script("js/films/admin_upload.js", type="module")]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "file":
            kwargs["widget"] = FilmFileInput
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        film = form.instance
        last_end = film.subtitles_end_ms() if "duration" in form.changed_data else None
        if last_end and last_end > film.duration.total_seconds() * 1000:
            # A warning, as for a cue past the end on upload: the duration typed may be the mistake.
            messages.warning(
                request,
                _("Subtitles of this film run until %(end)s, after its end at %(film_end)s; check the duration.")
                % {
                    "end": format_timestamp(last_end),
                    "film_end": format_timestamp(film.duration.total_seconds() * 1000),
                },
            )

    def save_formset(self, request, form, formset, change):
        super().save_formset(request, form, formset, change)
        for track_form in formset.forms:
            if getattr(track_form, "parsed", None):
                report_warnings(request, track_form.instance, track_form.parsed.warnings)

    @admin.action(description=_("Publish the selected films"))
    def publish(self, request, queryset):
        set_film_status(films=queryset, status=PublicationStatus.PUBLISHED)

    @admin.action(description=_("Return the selected films to draft"))
    def unpublish(self, request, queryset):
        set_film_status(films=queryset, status=PublicationStatus.DRAFT)


def report_warnings(request, track, warnings):
    if warnings:
        messages.warning(
            request,
            _("%(track)s: %(count)s warnings. %(first)s")
            % {"track": track, "count": len(warnings), "first": " ".join(str(w.message) for w in warnings[:3])},
        )


@admin.register(SubtitleTrack)
class SubtitleTrackAdmin(AutocompleteMixin, admin.ModelAdmin):
    form = SubtitleTrackForm
    list_display = ["film", "language", "kind", "status", "source_filename", "updated_at"]
    list_filter = ["status", "language", "kind"]
    list_select_related = ["film"]
    search_fields = ["film__title_bg", "film__title_en", "source_filename"]
    autocomplete_fields = ["film"]
    fields = [
        "film",
        ("language", "kind", "status"),
        "label",
        "subtitle_file",
        "encoding",
        "pending_upload",
        "confirm_encoding",
        "source_filename",
        "source_encoding",
        "preview",
    ]
    readonly_fields = ["source_filename", "source_encoding", "preview"]
    actions = ["mark_reviewed", "approve"]

    @admin.display(description=_("preview"))
    def preview(self, track):
        return track_preview(track)

    def save_model(self, request, obj, form, change):
        form.save()  # stores the cues of a new file with the track, in one transaction
        if form.parsed:
            report_warnings(request, obj, form.parsed.warnings)

    @admin.action(description=_("Mark the selected tracks as reviewed"))
    def mark_reviewed(self, request, queryset):
        set_track_status(tracks=queryset, status=TrackStatus.REVIEWED)

    @admin.action(description=_("Approve the selected tracks (make them public)"))
    def approve(self, request, queryset):
        set_track_status(tracks=queryset, status=TrackStatus.APPROVED)
