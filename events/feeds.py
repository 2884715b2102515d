from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core.feeds import PortalFeed
from core.formats import long_date

from .enums import EventType
from .models import Event


class UpcomingEventsFeed(PortalFeed):
    """Events still to come, the soonest first; each entry says when it starts."""

    title = _("Social innovation portal: upcoming events")
    subtitle = _("Conferences, seminars, trainings, workshops and webinars on social innovation.")

    def link(self, obj=None):
        return reverse("events:event-list")

    def items(self, obj=None):
        return Event.objects.upcoming()[:30]

    def item_title(self, event):
        return event.title

    def item_description(self, event):
        return gettext("%(date)s. %(summary)s") % {"date": long_date(event.start), "summary": event.summary}

    def item_pubdate(self, event):
        return event.published_at or event.created_at

    def item_updateddate(self, event):
        return event.updated_at


class EventTypeFeed(UpcomingEventsFeed):
    """Upcoming events of one type (conferences, trainings, …)."""

    def get_object(self, request, event_type):
        if event_type not in EventType.values:
            raise Http404
        return EventType(event_type)

    def title(self, event_type):
        return gettext("Social innovation portal: upcoming events: %(type)s") % {"type": event_type.label}

    def link(self, event_type):
        return f"{reverse('events:event-list')}?type={event_type.value}"

    def items(self, event_type):
        return Event.objects.upcoming().filter(event_type=event_type)[:30]


class ProgrammeChangesFeed(PortalFeed):
    """The change log of a published programme, so participants learn that a session moved."""

    def get_object(self, request, slug):
        return get_object_or_404(Event.objects.public(), slug=slug)

    def title(self, event):
        return gettext("Programme changes: %(title)s") % {"title": event.title}

    def link(self, event):
        return event.get_absolute_url()

    def subtitle(self, event):
        return gettext("Sessions that moved, changed time or were cancelled.")

    def items(self, event):
        return event.changes.select_related("event")[:50]

    def item_title(self, change):
        return change.get_kind_display()

    def item_description(self, change):
        return change.description

    def item_link(self, change):
        return change.get_absolute_url()

    def item_pubdate(self, change):
        return change.created_at

    def item_updateddate(self, change):
        return change.created_at
