"""What the site search indexes of films: each published film, and each line of its approved subtitle tracks,
so a word only spoken in a film finds the moment it is said (the result links to the film with ?t=)."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from core.enums import PublicationStatus
from core.search import SearchSource

from .enums import TrackStatus
from .models import Cue, Film, SubtitleTrack


def _cue_title(cue, language):
    film = cue.track.film
    return f"{getattr(film, f'title_{language}') or film.title} ({cue.timestamp})"


def _cue_languages(cue):
    return [cue.track.language] if cue.track.language in dict(settings.LANGUAGES) else []


FILMS = SearchSource(
    model=Film,
    kind="film",
    label=_("Film"),
    objects=lambda: Film.objects.published().prefetch_related("themes"),
    title="title",
    summary=("description",),
    body=("produced_by", "translated_by"),
    dated="created_at",
    themes=lambda film: [theme.slug for theme in film.themes.all()],
)

CUES = SearchSource(
    model=Cue,
    kind="cue",
    label=_("Words in a film"),
    objects=lambda: Cue.objects.filter(
        track__status=TrackStatus.APPROVED, track__film__status=PublicationStatus.PUBLISHED
    ).select_related("track__film"),
    title=_cue_title,
    title_is_indexed=False,
    body=("text",),
    languages=_cue_languages,
    url=lambda cue: f"{cue.track.film.get_absolute_url()}?t={cue.link_seconds}",
    follows={
        SubtitleTrack: lambda track: track.cues.values_list("pk", flat=True),
        Film: lambda film: Cue.objects.filter(track__film=film).values_list("pk", flat=True),
    },
)
