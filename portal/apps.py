from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    """The project shell: settings, root URLs and the site-wide pages that gather what the apps register."""

    name = "portal"
    verbose_name = _("Portal")

    def ready(self):
        from core.sitemaps import SITEMAPS
        from portal.sitemaps import SectionSitemap

        SITEMAPS.add(SectionSitemap, app=self.label, name="sections", order=0)
