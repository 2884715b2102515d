from core.sitemaps import PortalSitemap
from initiatives.models import Call


class CallSitemap(PortalSitemap):
    """Approved calls, open and archived; those awaiting approval or hidden never reach search engines."""

    def items(self):
        return Call.objects.public().order_by("pk")

    def lastmod(self, item):
        return item.updated_at
