from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ServicesConfig(AppConfig):
    """The referral directory: social services by oblast, municipality and target group, and referral slips."""

    name = "services"
    verbose_name = _("Social services")

    def ready(self):
        from core.linked import LINKED_CONTENT
        from core.opendata import DATASETS
        from core.search import SEARCH_SOURCES
        from core.sitemaps import SITEMAPS
        from services import linked, receivers, search  # noqa: F401 - receivers declare what retires the cache
        from services.opendata import ServiceDataset
        from services.sitemaps import ServiceSitemap

        SEARCH_SOURCES.add(search.SERVICES, app=self.label, name="services", order=55)
        SITEMAPS.add(ServiceSitemap, app=self.label, name="services", order=55)
        LINKED_CONTENT.add(linked.SERVICES, app=self.label, name="services", order=35)
        DATASETS.add(ServiceDataset(), app=self.label, name="services", order=55)
