"""The practices an issue of the newsletter may carry (see core.newsletter)."""

from core.newsletter import candidate, since_filter
from practices.models import Practice


def new_since(moment):
    practices = since_filter(Practice.objects.published().prefetch_related("themes"), "published_at", moment)
    return [
        candidate(
            practice,
            kind="practices",
            published_at=practice.published_at,
            themes=[theme.pk for theme in practice.themes.all()],
            countries=[practice.country],
        )
        for practice in practices
    ]
