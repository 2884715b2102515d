from core.sitemaps import PortalSitemap
from news.models import NewsPost


class NewsPostSitemap(PortalSitemap):
    """Published news posts only: drafts never reach search engines."""

    def items(self):
        return NewsPost.objects.published().order_by("pk")

    def lastmod(self, item):
        return item.updated_at
