"""Shared reads of films: what visitors may see, with everything a card or a page needs fetched at once."""

from django.db.models import Exists, OuterRef, Prefetch, prefetch_related_objects

from core.enums import PublicationStatus
from core.listed import with_listed

from .models import Film, SubtitleTrack


def approved_tracks():
    """Prefetch a film's approved tracks into `film.approved_tracks` (ordered by language)."""
    return Prefetch(
        "subtitle_tracks",
        queryset=SubtitleTrack.objects.approved().only("id", "film_id", "language", "kind", "label", "updated_at"),
        to_attr="approved_tracks",
    )


def public_films():
    """Published films with their approved tracks, ready for cards."""
    return Film.objects.published().prefetch_related(approved_tracks())


def with_page_details_of(film):
    """`film` with what its own page shows besides its texts, read now (two queries): its approved tracks, and the
    published practices, organisations, themes and tags it lists (core.listed)."""
    prefetch_related_objects([film], approved_tracks())
    with_listed({"practices": [film], "organisations": [film], "themes": [film], "tags": [film]})
    return film


def with_subtitles_in(films, language):
    """Only films that have an approved track in `language`."""
    tracks = SubtitleTrack.objects.approved().filter(film=OuterRef("pk"), language=language)
    return films.filter(Exists(tracks))


def from_country(films, country):
    """Only films linked to a practice from `country` (a country code)."""
    links = Film.practices.through.objects.filter(film=OuterRef("pk"), practice__country=country)
    return films.filter(Exists(links))


def films_for_practice(practice):
    """The published films of a practice, newest first (the practice page shows the first twelve)."""
    return public_films().filter(practices=practice)


def linked_practice_ids():
    """Ids of practices linked to a published film, as a subquery."""
    return Film.practices.through.objects.filter(film__status=PublicationStatus.PUBLISHED).values("practice_id")


def linked_theme_ids():
    """Ids of themes of a published film, as a subquery."""
    return Film.themes.through.objects.filter(film__status=PublicationStatus.PUBLISHED).values("theme_id")


def subtitle_languages_in_use():
    """Language codes that at least one published film has an approved track in."""
    return (
        SubtitleTrack.objects.approved()
        .filter(film__status=PublicationStatus.PUBLISHED)
        .order_by("language")
        .values_list("language", flat=True)
        .distinct()
    )


def practice_film_links(practice_ids):
    """(practice, film status) for the films of `practice_ids`: the "Films attached" badge on practice cards."""
    return Film.practices.through.objects.filter(practice_id__in=practice_ids).values_list(
        "practice_id", "film__status"
    )
