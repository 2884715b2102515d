from datetime import timedelta

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InitiativesConfig(AppConfig):
    """Calls for partners, campaigns and volunteering posted by organisations, with interest and expiry."""

    name = "initiatives"
    verbose_name = _("Initiatives and calls")

    def ready(self):
        from core.account import ACCOUNT_SECTIONS, AccountSection
        from core.feeds import FEEDS, SiteFeed
        from core.periodic import PERIODIC, Periodic
        from core.privacy import ACCOUNT_ERASERS, DATA_EXPORTS
        from core.search import SEARCH_SOURCES
        from core.sitemaps import SITEMAPS
        from initiatives import (
            account,
            privacy,
            receivers,  # noqa: F401 - declares what retires the cached call pages
            search,
        )
        from initiatives.periodic import close_expired_calls
        from initiatives.sitemaps import CallSitemap

        SEARCH_SOURCES.add(search.CALLS, app=self.label, name="calls", order=60)
        SITEMAPS.add(CallSitemap, app=self.label, name="calls", order=60)
        DATA_EXPORTS.add(privacy.export, app=self.label, name="initiatives", order=60)
        ACCOUNT_ERASERS.add(privacy.erase, app=self.label, name="initiatives", order=60)
        ACCOUNT_SECTIONS.add(
            AccountSection(
                heading=_("Interest in your organisations' calls"),
                template_name="initiatives/includes/account_section.html",
                context=account.interest_received,
            ),
            app=self.label,
            name="initiatives",
            order=60,
        )
        calls_feed = SiteFeed(
            title=_("Calls and volunteering"), url_name="initiatives:feed", rss_url_name="initiatives:feed-rss"
        )
        FEEDS.add(calls_feed, app=self.label, name="calls", order=60)
        PERIODIC.add(Periodic(close_expired_calls, every=timedelta(hours=1)), app=self.label, name="expiry", order=50)
