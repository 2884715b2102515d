"""Events listed on organisation and funded-project pages (registered in portal.linked)."""

from django.utils.translation import gettext_lazy as _

from portal.linked import LinkedContent

from .queries import events_of_organisation, events_of_project

EVENTS = LinkedContent(
    heading=_("Events"),
    template_name="events/includes/linked_events.html",
    for_organisation=events_of_organisation,
    for_project=events_of_project,
)
