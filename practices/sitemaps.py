from core.sitemaps import PortalSitemap
from practices.models import Document, Practice


class PracticeSitemap(PortalSitemap):
    """Published practices only: drafts never reach search engines."""

    def items(self):
        return Practice.objects.published().only("slug", "updated_at").order_by("pk")

    def lastmod(self, item):
        return item.updated_at


class DocumentSitemap(PracticeSitemap):
    def items(self):
        return Document.objects.published().only("slug", "updated_at").order_by("pk")
