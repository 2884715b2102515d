from django.apps import AppConfig
from django.utils.translation import get_language

from core.search import SearchResult


def search(query, *, language):
    return [SearchResult(f"Newcomer result for {query}", f"/{language}/newcomer/", "Newcomer")]


class NewcomerConfig(AppConfig):
    name = "tests.newcomer_app"
    label = "newcomer"

    def ready(self):
        from core.account import ACCOUNT_SECTIONS, AccountSection
        from core.search import SEARCH_PROVIDERS
        from core.sitemaps import SITEMAPS, PortalSitemap

        class NewcomerSitemap(PortalSitemap):
            def items(self):
                return ["/newcomer/"]

            def location(self, item):
                return f"/{get_language()}{item}"

        SEARCH_PROVIDERS.add(search, app=self.label, name="newcomer", order=100)
        SITEMAPS.add(NewcomerSitemap, app=self.label, name="newcomer", order=100)
        ACCOUNT_SECTIONS.add(
            AccountSection(
                heading="Newcomer section",
                template_name="newcomer/account_section.html",
                context=lambda user: {"greeting": f"Newcomer greets {user.username}"},
            ),
            app=self.label,
            name="newcomer",
            order=100,
        )
