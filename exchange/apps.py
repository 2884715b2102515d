from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ExchangeConfig(AppConfig):
    """The virtual social cooperative's exchange: offers and needs by oblast, matched across neighbouring oblasts."""

    name = "exchange"
    verbose_name = _("Exchange")

    def ready(self):
        from core.account import ACCOUNT_SECTIONS, AccountSection
        from core.activity import ACTIVITY_SERIES, WeeklySeries
        from core.follows import FOLLOW_EVENTS, FollowEvent
        from core.privacy import ACCOUNT_ERASERS, DATA_EXPORTS
        from core.search import SEARCH_SOURCES
        from core.sitemaps import SITEMAPS
        from exchange import privacy, queries, receivers, search, services  # noqa: F401 - receivers connect
        from exchange.models import Match
        from exchange.sitemaps import ListingSitemap

        SEARCH_SOURCES.add(search.LISTINGS, app=self.label, name="exchange", order=45)
        SITEMAPS.add(ListingSitemap, app=self.label, name="exchange", order=45)
        DATA_EXPORTS.add(privacy.export, app=self.label, name="exchange", order=55)
        ACCOUNT_ERASERS.add(privacy.erase, app=self.label, name="exchange", order=55)
        ACCOUNT_SECTIONS.add(
            AccountSection(
                heading=_("Your offers and needs"),
                template_name="exchange/includes/account_section.html",
                context=lambda user: {"listings": queries.listings_of(user)},
            ),
            app=self.label,
            name="exchange",
            order=45,
        )

        ACTIVITY_SERIES.add(
            WeeklySeries(label=_("Exchange matches found"), rows=Match.objects.all, date_field="created_at"),
            app=self.label,
            name="matches",
            order=20,
        )
        ACTIVITY_SERIES.add(
            WeeklySeries(label=_("Exchange matches taken up"), rows=Match.objects.all, date_field="taken_up_at"),
            app=self.label,
            name="matches-taken-up",
            order=21,
        )

        def matches():
            return Match.objects.select_related("offer", "need")

        FOLLOW_EVENTS.add(
            FollowEvent(
                kind=services.OFFER_MATCHED,
                message=_("A need matches your offer %(target)s: %(subject)s"),
                followed=lambda match: match.offer,
                subjects=matches,
            ),
            app=self.label,
            name=services.OFFER_MATCHED,
            order=45,
        )
        FOLLOW_EVENTS.add(
            FollowEvent(
                kind=services.NEED_MATCHED,
                message=_("An offer answers your need %(target)s: %(subject)s"),
                followed=lambda match: match.need,
                subjects=matches,
            ),
            app=self.label,
            name=services.NEED_MATCHED,
            order=45,
        )
