from django.apps import AppConfig
from django.utils.translation import get_language

from core.search import SearchResult


def search(query, *, language):
    return [SearchResult(f"Newcomer result for {query}", f"/{language}/newcomer/", "Newcomer")]


def themes_dataset():
    """A dataset of the curated themes, declared as any app declares one (see core.opendata)."""
    from core.enums import ColumnType
    from core.opendata import Dataset, column, translated
    from directory.models import Theme

    class ThemeDataset(Dataset):
        name = "newcomer-themes"
        title = "Newcomer themes"
        description = "One row per theme."
        list_url_name = "portal:home"
        columns = (
            column("slug", "Identifier of the theme.", ColumnType.IDENTIFIER, "employment"),
            *translated(Theme, "name", ("Заетост", "Employment")),
        )

        def get_queryset(self):
            return Theme.objects.order_by("slug")

    return ThemeDataset()


class NewcomerConfig(AppConfig):
    name = "tests.newcomer_app"
    label = "newcomer"

    def ready(self):
        from core.account import ACCOUNT_SECTIONS, AccountSection
        from core.opendata import DATASETS
        from core.search import SEARCH_PROVIDERS
        from core.sitemaps import SITEMAPS, PortalSitemap

        class NewcomerSitemap(PortalSitemap):
            def items(self):
                return ["/newcomer/"]

            def location(self, item):
                return f"/{get_language()}{item}"

        SEARCH_PROVIDERS.add(search, app=self.label, name="newcomer", order=100)
        DATASETS.add(themes_dataset(), app=self.label, name="themes", order=100)
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
