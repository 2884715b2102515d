from core.sitemaps import PortalSitemap
from directory.models import Organisation, Project


class OrganisationSitemap(PortalSitemap):
    def items(self):
        return Organisation.objects.order_by("pk")

    def lastmod(self, item):
        return item.updated_at


class ProjectSitemap(OrganisationSitemap):
    def items(self):
        return Project.objects.order_by("pk")
