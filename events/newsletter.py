"""The events an issue of the newsletter may carry (see core.newsletter)."""

from core.newsletter import candidate, since_filter
from events.models import Event


def new_since(moment):
    events = since_filter(Event.objects.published().prefetch_related("themes"), "published_at", moment)
    return [
        candidate(
            event,
            kind="events",
            published_at=event.published_at,
            themes=[theme.pk for theme in event.themes.all()],
            countries=[event.country],
        )
        for event in events
    ]
