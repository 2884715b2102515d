from core.sitemaps import PortalSitemap

from .models import Event, Person, Session


class EventSitemap(PortalSitemap):
    """Published and cancelled events (their pages stay up with a banner); drafts never reach search engines."""

    def items(self):
        return Event.objects.public().only("slug", "updated_at").order_by("pk")

    def lastmod(self, item):
        return item.updated_at


class SessionSitemap(PortalSitemap):
    """The sessions of published and cancelled events; a draft event's programme stays out."""

    def items(self):
        return (
            Session.objects.filter(event__in=Event.objects.public())
            .select_related("event")
            .only("pk", "event__slug", "event__updated_at")
            .order_by("pk")
        )

    def lastmod(self, item):
        return item.event.updated_at


class PersonSitemap(PortalSitemap):
    """People in the programme of a published or cancelled event; someone only in a draft programme stays out."""

    def items(self):
        return (
            Person.objects.filter(roles__session__event__in=Event.objects.public())
            .distinct()
            .only("slug")
            .order_by("pk")
        )
