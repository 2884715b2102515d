from core.sitemaps import PortalSitemap

from .models import Film


class FilmSitemap(PortalSitemap):
    """Published films only: drafts never reach search engines."""

    def items(self):
        return Film.objects.published().only("slug", "updated_at").order_by("pk")

    def lastmod(self, item):
        return item.updated_at
