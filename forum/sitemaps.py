from core.sitemaps import PortalSitemap
from forum.models import Discussion


class ThreadSitemap(PortalSitemap):
    """Forum threads with at least one approved post, as the forum lists them to visitors."""

    def items(self):
        return Discussion.objects.threads().published().only("pk", "category_id", "last_activity_at").order_by("pk")

    def lastmod(self, item):
        return item.last_activity_at
