from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NeedsConfig(AppConfig):
    """Needs mapping for municipal planning: short surveys answered without an account, results by group."""

    name = "needs"
    verbose_name = _("Needs surveys")

    def ready(self):
        from core.periodic import PERIODIC, Periodic
        from core.sitemaps import SITEMAPS
        from needs import tasks
        from needs.sitemaps import PlaceSitemap, SurveySitemap

        SITEMAPS.add(SurveySitemap, app=self.label, name="needs", order=90)
        SITEMAPS.add(PlaceSitemap, app=self.label, name="places", order=91)
        PERIODIC.add(
            Periodic(task=tasks.forget_unverified_responses, every=tasks.FORGET_EVERY),
            app=self.label,
            name="needs-forget-unverified",
            order=50,
        )
