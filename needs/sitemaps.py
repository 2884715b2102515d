from core.sitemaps import PortalSitemap
from needs.models import Survey


class SurveySitemap(PortalSitemap):
    """Published surveys (their form while open, their results always)."""

    def items(self):
        return Survey.objects.published().order_by("pk")

    def lastmod(self, item):
        return item.updated_at
