from django.apps import AppConfig
from django.contrib.sites.models import Site
from django.utils.translation import get_language


def newcomer_source():
    """The newcomer indexes the site row (it has no model of its own) under a title of its own."""
    from core.search import SearchSource

    return SearchSource(
        model=Site,
        kind="newcomer",
        label="Newcomer",
        objects=Site.objects.all,
        title=lambda site, language: "Newcomer centre",
        languages=lambda site: ["en"],
        url=lambda site: f"/{get_language()}/newcomer/",
    )


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
        from core.search import SEARCH_SOURCES
        from core.sitemaps import SITEMAPS, PortalSitemap

        class NewcomerSitemap(PortalSitemap):
            def items(self):
                return ["/newcomer/"]

            def location(self, item):
                return f"/{get_language()}{item}"

        SEARCH_SOURCES.add(newcomer_source(), app=self.label, name="newcomer", order=100)
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
