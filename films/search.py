"""Films in the site search: titles and descriptions, and the moment in a film where a subtitle says the words."""

from functools import reduce
from operator import or_

from django.db.models import Case, IntegerField, Q, Value, When
from django.utils.translation import gettext_lazy as _

from core.enums import PublicationStatus
from core.search import PROVIDER_LIMIT, SearchResult, matching, short, spellings

from .enums import TrackStatus
from .models import Cue, Film


def search(query, *, language):
    """Films whose title or description match, then subtitle lines that do (page language first), each linking
    to its moment in the film with ?t=."""
    films = list(Film.objects.published().filter(matching(query, "title", "description"))[:PROVIDER_LIMIT])
    results = [SearchResult(film.title, film.get_absolute_url(), _("Film"), short(film.description)) for film in films]
    cues = (
        Cue.objects.filter(
            reduce(or_, (Q(text__icontains=spelling) for spelling in spellings(query))),
            track__status=TrackStatus.APPROVED,
            track__film__status=PublicationStatus.PUBLISHED,
        )
        .select_related("track__film")
        .annotate(
            other_language=Case(
                When(track__language=language, then=Value(0)), default=Value(1), output_field=IntegerField()
            )
        )
        .order_by("other_language", "track__film_id", "position")
    )
    for cue in cues[: PROVIDER_LIMIT - len(results)]:
        film = cue.track.film
        results.append(
            SearchResult(
                f"{film.title} ({cue.timestamp})",
                f"{film.get_absolute_url()}?t={cue.link_seconds}",
                _("Words in a film"),
                cue.text.replace("\n", " "),
            )
        )
    return results
