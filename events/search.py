"""The events' part of the site search."""

from django.utils.translation import gettext_lazy as _

from core.search import PROVIDER_LIMIT, SearchResult, matching, short

from .models import Event


def search(query, *, language):
    found = (
        Event.objects.public()
        .filter(matching(query, "title", "summary", "description", "city", "venue_name"))
        .order_by("-start")[:PROVIDER_LIMIT]
    )
    return [SearchResult(event.title, event.get_absolute_url(), _("Event"), short(event.summary)) for event in found]
