"""The shell's own part of the sitemap: the home page and the section pages it always listed.

Every app adds its own sections to core.sitemaps.SITEMAPS from its AppConfig.ready().
"""

from django.urls import reverse

from core.sitemaps import PortalSitemap


class SectionSitemap(PortalSitemap):
    changefreq = "daily"

    def items(self):
        return [
            "portal:home",
            "news:post-list",
            "directory:organisation-list",
            "directory:project-list",
            "readiness:intro",
            "exchange:listing-list",
        ]

    def location(self, item):
        return reverse(item)
