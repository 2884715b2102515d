"""Events on the pages of organisations, funded projects, practices and films, and for themes."""

from django.utils.translation import gettext_lazy as _

from core.linked import LinkedContent

from .queries import events_of_organisation, events_of_project, events_on_themes, events_presenting, events_showing

EVENTS = LinkedContent(
    heading=_("Events"),
    template_name="events/includes/linked_events.html",
    for_organisation=events_of_organisation,
    for_project=events_of_project,
    for_themes=events_on_themes,
)
# A practice page lists every event that presented it, a film page every event that showed it.
EVENTS_PRESENTING = LinkedContent(
    heading=_("Presented at events"),
    template_name="events/includes/events_presenting.html",
    for_practice=events_presenting,
    limit=None,
)
EVENTS_SHOWING = LinkedContent(
    heading=_("Shown at"),
    template_name="events/includes/events_showing.html",
    for_film=events_showing,
    limit=None,
)
