from core.sitemaps import PortalSitemap
from services.models import Service


class ServiceSitemap(PortalSitemap):
    """Services shown on the site; hidden ones never reach search engines."""

    def items(self):
        return Service.objects.published().order_by("pk")

    def lastmod(self, item):
        return item.updated_at
