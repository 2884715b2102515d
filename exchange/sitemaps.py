from core.sitemaps import PortalSitemap
from exchange.models import Listing


class ListingSitemap(PortalSitemap):
    """Shown offers and needs only: hidden ones never reach search engines."""

    def items(self):
        return Listing.objects.published().order_by("pk")

    def lastmod(self, item):
        return item.updated_at
