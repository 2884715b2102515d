from core.sitemaps import PortalSitemap
from enquiries.models import PublicAnswer


class PublicAnswerSitemap(PortalSitemap):
    """Published answers only; enquiries themselves are private."""

    def items(self):
        return PublicAnswer.objects.published().order_by("pk")

    def lastmod(self, item):
        return item.updated_at
