"""Forms of the films section: the list filters and the subtitle upload."""

import base64
import zlib

from django import forms
from django.core import signing
from django.core.exceptions import ValidationError
from django.template.loader import render_to_string
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
from .subtitles import AUTO, ENCODING_NAMES, encoding_name, format_timestamp, parse_subtitles

SUBTITLE_MAX_UPLOAD_BYTES = 2 * 1024 * 1024
PREVIEW_CUES = 8
PENDING_SALT = "films.subtitle-upload"
PENDING_MAX_AGE = 24 * 60 * 60
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


class AdminHiddenInput(forms.HiddenInput):
    """A hidden field the admin lists in its fieldsets (so its value travels with the form): the label the admin
    writes for it points at no control, as HTML wants of a label for a hidden input."""

    def id_for_label(self, id_):
        return ""


class UploadPreviewInput(forms.Widget):
    """The first cues of an upload decoded with a guessed encoding, and the box that accepts that encoding.

    The box's value is the encoding previewed, so ticking it confirms that encoding only: a different
    encoding or a new file shows a new preview first.
    """

    template_name = "films/admin/upload_preview.html"

    def __init__(self, *, parsed, samples, attrs=None):
        super().__init__(attrs)
        self.parsed = parsed
        self.samples = samples

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        decoded = self.parsed.decoded
        context["preview"] = {
            "encoding": decoded.encoding,
            "encoding_name": encoding_name(decoded.encoding),
            "chosen": decoded.chosen,
            "samples": self.samples,
            "cues": [
                {"time": format_timestamp(cue.start_ms), "text": cue.text} for cue in self.parsed.cues[:PREVIEW_CUES]
            ],
            "count": len(self.parsed.cues),
        }
        return context

    def render(self, name, value, attrs=None, renderer=None):
        # The project's template folder, which the form renderer does not search.
        return render_to_string(self.template_name, self.get_context(name, value, attrs))

    def value_from_datadict(self, data, files, name):
        return data.get(name, "")


def _pending_token(data, filename):
    """A signed, compressed copy of an upload awaiting confirmation, for a hidden field."""
    payload = base64.urlsafe_b64encode(zlib.compress(data, 6)).decode()
    return signing.TimestampSigner(salt=PENDING_SALT).sign_object({"name": filename[:255], "data": payload})


def _pending_upload(token):
    """(bytes, filename) of a token made by _pending_token, or None when it is missing, altered or stale."""
    if not token:
        return None
    try:
        pending = signing.TimestampSigner(salt=PENDING_SALT).unsign_object(token, max_age=PENDING_MAX_AGE)
        return zlib.decompress(base64.urlsafe_b64decode(pending["data"])), pending["name"]
    except (signing.BadSignature, KeyError, TypeError, ValueError, zlib.error):
        return None


def _samples(data, parsed):
    """For each candidate encoding, how it reads the first line with letters outside ASCII."""
    decoded = parsed.decoded
    if not decoded.uncertain:
        return []
    lines = decoded.text.splitlines()
    index = next((number for number, line in enumerate(lines) if not line.isascii()), None)
    if index is None:
        return []
    samples = []
    for candidate in decoded.candidates:
        candidate_lines = data.decode(candidate, errors="replace").splitlines()
        if index < len(candidate_lines):
            samples.append({"encoding": encoding_name(candidate), "line": index + 1, "text": candidate_lines[index]})
    return samples


class SubtitleTrackForm(forms.ModelForm):
    """A track's settings and, on creation or replacement, its .srt or .vtt file, checked before anything is saved.

    A file whose encoding is not certain (no byte order mark and not UTF-8) is not stored on the first
    submit: the form comes back with the first cues as decoded and the encoding used, the file kept in a
    hidden field, and a box to tick once the text reads correctly, or an encoding to choose.
    """

    subtitle_file = forms.FileField(
        label=_("subtitle file"),
        required=False,
        validators=[MaxFileSizeValidator(SUBTITLE_MAX_UPLOAD_BYTES)],
        help_text=_(
            "SubRip (.srt) or WebVTT (.vtt). A new file replaces the cues. A file not in UTF-8 is shown "
            "for a check before it is saved."
        ),
    )
    encoding = forms.ChoiceField(
        label=_("encoding of the file"),
        choices=[(AUTO, _("Detect"))] + list(ENCODING_NAMES.items()),
        initial=AUTO,
        required=False,
        help_text=_("Leave on “Detect” unless the preview shows wrong letters."),
    )
    pending_upload = forms.CharField(label=_("file kept for the check"), required=False, widget=AdminHiddenInput)
    confirm_encoding = forms.CharField(label=_("check of the text"), required=False, widget=AdminHiddenInput)

    class Meta:
        model = SubtitleTrack
        fields = ["language", "kind", "label", "status", "subtitle_file", "encoding"]

    def __init__(self, *args, film_duration=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.film_duration = film_duration
        self.parsed = None
        self.filename = ""

    def clean(self):
        cleaned_data = super().clean()
        upload = cleaned_data.get("subtitle_file")
        pending = None if upload else _pending_upload(cleaned_data.get("pending_upload"))
        if upload is None and pending is None:
            if self.instance.pk is None and self.has_changed() and "subtitle_file" not in self.errors:
                self.add_error("subtitle_file", _("Upload the subtitle file for this track."))
            return cleaned_data
        data, filename = (upload.read(), upload.name) if upload else pending
        self._keep_pending(data, filename)
        # Inline under a film, the film's (possibly just edited) duration is passed in; alone, the chosen film's.
        duration = self.film_duration or getattr(cleaned_data.get("film"), "duration", None)
        try:
            parsed = parse_subtitles(
                data,
                duration=duration,
                language=cleaned_data.get("language") or self.instance.language,
                encoding=cleaned_data.get("encoding") or AUTO,
            )
        except ValidationError as error:
            self.add_error("subtitle_file", error)
            return cleaned_data
        decoded = parsed.decoded
        confirmed = pending is not None and cleaned_data.get("confirm_encoding") == decoded.encoding
        if decoded.certain or confirmed:
            self.parsed, self.filename = parsed, filename
            return cleaned_data
        # A guess the uploader has not seen: show what it gives and store nothing yet.
        self.fields["confirm_encoding"].widget = UploadPreviewInput(parsed=parsed, samples=_samples(data, parsed))
        self.add_error("confirm_encoding", self._preview_message(decoded))
        return cleaned_data

    def _keep_pending(self, data, filename):
        # The browser cannot refill a file input: the bytes travel back in the hidden field,
        # which the bound form renders from its data.
        self.data = self.data.copy()
        self.data[self.add_prefix("pending_upload")] = _pending_token(data, filename)
        self.data[self.add_prefix("confirm_encoding")] = ""
        # The bound field copied the help text when cleaning began.
        self["subtitle_file"].help_text = _(
            "The file “%(name)s” is kept while you correct the form; choose a file only to replace it."
        ) % {"name": filename}

    def _preview_message(self, decoded):
        name = encoding_name(decoded.encoding)
        if decoded.chosen:
            return _("The file was read as %(encoding)s, as you chose. Check the text below and confirm it.") % {
                "encoding": name
            }
        if decoded.uncertain:
            return _(
                "The encoding of this file could not be told for sure: it may be %(candidates)s. The text below is "
                "read as %(encoding)s; confirm it if the letters are right, or choose another encoding."
            ) % {
                "candidates": ", ".join(encoding_name(candidate) for candidate in decoded.candidates),
                "encoding": name,
            }
        return _(
            "This file is not in UTF-8; it was read as %(encoding)s. Check the text below and confirm it if the "
            "letters are right, or choose another encoding."
        ) % {"encoding": name}

    def save(self, commit=True):
        track = super().save(commit=False)
        if not commit:
            return track
        if self.parsed is not None:
            return store_subtitle_track(track=track, parsed=self.parsed, filename=self.filename)
        track.save()
        return track


class SubtitleTrackInlineFormSet(forms.BaseInlineFormSet):
    """Tracks under a film, checked against the duration typed into the film's form."""

    def get_form_kwargs(self, index):
        return {**super().get_form_kwargs(index), "film_duration": self.instance.duration}
