"""The sitemap lists every public page once per language, with hreflang alternates."""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from directory.models import Organisation, Project
from news.models import NewsPost


class PortalSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True

    def get_domain(self, site=None):
        return urlsplit(settings.SITE_URL).netloc

    def get_protocol(self, protocol=None):
        return urlsplit(settings.SITE_URL).scheme


class SectionSitemap(PortalSitemap):
    changefreq = "daily"

    def items(self):
        return ["portal:home", "news:post-list", "directory:organisation-list", "directory:project-list"]

    def location(self, item):
        return reverse(item)


class OrganisationSitemap(PortalSitemap):
    def items(self):
        return Organisation.objects.order_by("pk")

    def lastmod(self, item):
        return item.updated_at


class ProjectSitemap(OrganisationSitemap):
    def items(self):
        return Project.objects.order_by("pk")


class PostSitemap(OrganisationSitemap):
    def items(self):
        return NewsPost.objects.published().order_by("pk")


# Imported here, not at the top: the practices sections subclass PortalSitemap above.
from films.sitemaps import VideoSitemap  # noqa: E402
from practices.sitemaps import DocumentSitemap, PracticeSitemap  # noqa: E402

SITEMAPS = {
    "sections": SectionSitemap,
    "organisations": OrganisationSitemap,
    "projects": ProjectSitemap,
    "news": PostSitemap,
    "practices": PracticeSitemap,
    "documents": DocumentSitemap,
    "films": VideoSitemap,
}
