"""Forms of the films section: the list filters and the subtitle upload."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from core.lists import FilterForm
from core.validators import MaxFileSizeValidator
from directory.models import Theme
from practices.models import Practice

from . import queries
from .enums import FilmLanguage
from .models import SubtitleTrack
from .services import store_subtitle_track
from .subtitles import parse_subtitles

SUBTITLE_MAX_UPLOAD_BYTES = 2 * 1024 * 1024
ANY = [("", _("Any"))]


class FilmFilterForm(FilterForm):
    """The list's filters; every choice offered leads to at least one film."""

    language = forms.ChoiceField(label=_("Subtitles in"), required=False)
    theme = forms.ModelChoiceField(
        label=_("Theme"), queryset=Theme.objects.none(), to_field_name="slug", required=False, empty_label=_("Any")
    )
    country = forms.ChoiceField(label=_("Country of the practice"), required=False)
    practice = forms.ModelChoiceField(
        label=_("Practice"),
        queryset=Practice.objects.none(),
        to_field_name="slug",
        required=False,
        empty_label=_("Any"),
    )
    lookups = {"theme": "themes", "practice": "practices"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        languages = dict(FilmLanguage.choices)
        self.fields["language"].choices = ANY + [
            (code, languages.get(code, code)) for code in queries.subtitle_languages_in_use()
        ]
        # Subqueries rather than joins with DISTINCT, which would read every practice row whole.
        film_practices = Practice.objects.filter(pk__in=queries.linked_practice_ids())
        self.fields["theme"].queryset = Theme.objects.filter(pk__in=queries.linked_theme_ids())
        self.fields["practice"].queryset = (
            film_practices.published().order_by("title").only("id", "slug", "title_bg", "title_en")
        )
        codes = film_practices.order_by().values_list("country", flat=True).distinct()
        self.fields["country"].choices = ANY + sorted(
            ((code, countries.name(code)) for code in codes), key=lambda choice: str(choice[1])
        )

    def filter_language(self, queryset, language):
        return queries.with_subtitles_in(queryset, language)

    def filter_country(self, queryset, country):
        return queries.from_country(queryset, country)


class SubtitleTrackForm(forms.ModelForm):
    """A track's settings and, on creation or replacement, its .srt or .vtt file, checked before anything is saved."""

    subtitle_file = forms.FileField(
        label=_("subtitle file"),
        required=False,
        validators=[MaxFileSizeValidator(SUBTITLE_MAX_UPLOAD_BYTES)],
        help_text=_("SubRip (.srt) or WebVTT (.vtt), in UTF-8 or Windows-1251. A new file replaces the cues."),
    )

    class Meta:
        model = SubtitleTrack
        fields = ["language", "kind", "label", "status", "subtitle_file"]

    def __init__(self, *args, film_duration=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.film_duration = film_duration
        self.parsed = None

    def clean(self):
        cleaned_data = super().clean()
        upload = cleaned_data.get("subtitle_file")
        if upload is None:
            if self.instance.pk is None and self.has_changed() and "subtitle_file" not in self.errors:
                self.add_error("subtitle_file", _("Upload the subtitle file for this track."))
            return cleaned_data
        # Inline under a film, the film's (possibly just edited) duration is passed in; alone, the chosen film's.
        duration = self.film_duration or getattr(cleaned_data.get("film"), "duration", None)
        try:
            self.parsed = parse_subtitles(upload.read(), duration=duration)
        except ValidationError as error:
            self.add_error("subtitle_file", error)
        return cleaned_data

    def save(self, commit=True):
        track = super().save(commit=False)
        if not commit:
            return track
        if self.parsed is not None:
            return store_subtitle_track(
                track=track, parsed=self.parsed, filename=self.cleaned_data["subtitle_file"].name
            )
        track.save()
        return track


class SubtitleTrackInlineFormSet(forms.BaseInlineFormSet):
    """Tracks under a film, checked against the duration typed into the film's form."""

    def get_form_kwargs(self, index):
        return {**super().get_form_kwargs(index), "film_duration": self.instance.duration}
