"""The films an issue of the newsletter may carry (see core.newsletter)."""

from core.newsletter import candidate, since_filter
from films.models import Film


def new_since(moment):
    films = since_filter(Film.objects.published().prefetch_related("themes"), "created_at", moment)
    return [
        candidate(
            film,
            kind="films",
            published_at=film.created_at,
            summary_field="description",
            themes=[theme.pk for theme in film.themes.all()],
        )
        for film in films
    ]
