from django.shortcuts import get_object_or_404
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from core.feeds import PortalFeed

from .models import Event


class ProgrammeChangesFeed(PortalFeed):
    """The change log of a published programme as Atom, so participants learn that a session moved."""

    feed_type = Atom1Feed

    def get_object(self, request, slug):
        return get_object_or_404(Event.objects.public(), slug=slug)

    def title(self, event):
        return _("Programme changes: %(title)s") % {"title": event.title}

    def link(self, event):
        return event.get_absolute_url()

    def subtitle(self, event):
        return _("Sessions that moved, changed time or were cancelled.")

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
