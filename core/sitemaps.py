"""The sitemap lists every public page once per language, with hreflang alternates.

An app adds a `PortalSitemap` subclass from its `AppConfig.ready()`::

    SITEMAPS.add(PracticeSitemap, app=self.label, name="practices", order=30)

The sitemap lists the sections by `order`: the shell's section pages 0, organisations 10, funded projects 11,
news 20, practices 30, documents 31, films 50, events 60, sessions 61, people in programmes 62,
forum categories 69, forum threads 70.
"""

from urllib.parse import urlsplit

from django.contrib.sitemaps import Sitemap

from core.absolute import absolute_url
from core.registry import Registry

SITEMAPS = Registry("sitemap sections")


class PortalSitemap(Sitemap):
    """Every language's URL of an item, with alternates, on the domain of SITE_URL."""

    i18n = True
    alternates = True
    x_default = True

    def get_domain(self, site=None):
        return urlsplit(absolute_url("/")).netloc

    def get_protocol(self, protocol=None):
        return urlsplit(absolute_url("/")).scheme
