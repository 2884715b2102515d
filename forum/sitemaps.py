from core.sitemaps import PortalSitemap
from forum.models import Category, Discussion


class CategorySitemap(PortalSitemap):
    """Every forum category: each page is public and lists the category's published threads."""

    def items(self):
        return Category.objects.only("slug").order_by("pk")


class ThreadSitemap(PortalSitemap):
    """Forum threads with at least one approved post, as the forum lists them to visitors."""

    def items(self):
        return Discussion.objects.threads().published().only("pk", "category_id", "last_activity_at").order_by("pk")

    def lastmod(self, item):
        return item.last_activity_at
