from core.sitemaps import PortalSitemap

from .models import Event


class EventSitemap(PortalSitemap):
    """Published and cancelled events (their pages stay up with a banner); drafts never reach search engines."""

    def items(self):
        return Event.objects.public().only("slug", "updated_at").order_by("pk")

    def lastmod(self, item):
        return item.updated_at
