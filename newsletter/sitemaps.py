from core.sitemaps import PortalSitemap
from newsletter.models import Issue


class IssueSitemap(PortalSitemap):
    """The archive's sent issues."""

    def items(self):
        return Issue.objects.sent().order_by("pk")

    def lastmod(self, issue):
        return issue.updated_at
