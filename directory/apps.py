from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DirectoryConfig(AppConfig):
    """What every area links to: organisations, funded projects, profiles, themes and target groups."""

    name = "directory"
    verbose_name = _("Organisations and projects")

    def ready(self):
        from core.follows import FOLLOWABLE, Followable
        from core.linked import LINKED_CONTENT
        from core.opendata import DATASETS
        from core.privacy import ACCOUNT_ERASERS, DATA_EXPORTS
        from core.search import SEARCH_SOURCES
        from core.sitemaps import SITEMAPS
        from directory import membership as memberships
        from directory import (
            receivers,  # noqa: F401 - connects the allauth receivers
            search,
        )
        from directory.linked import PROJECTS
        from directory.models import Organisation
        from directory.opendata import OrganisationDataset, ProjectDataset
        from directory.privacy import export_account, export_profile
        from directory.sitemaps import OrganisationSitemap, ProjectSitemap

        SEARCH_SOURCES.add(search.ORGANISATIONS, app=self.label, name="organisations", order=10)
        SEARCH_SOURCES.add(search.PROJECTS, app=self.label, name="projects", order=11)
        LINKED_CONTENT.add(PROJECTS, app=self.label, name="projects", order=10)
        SITEMAPS.add(OrganisationSitemap, app=self.label, name="organisations", order=10)
        SITEMAPS.add(ProjectSitemap, app=self.label, name="projects", order=11)
        DATA_EXPORTS.add(export_account, app=self.label, name="account", order=10)
        FOLLOWABLE.add(
            Followable(Organisation, readable=lambda user: Organisation.objects.all()),
            app=self.label,
            name="organisations",
            order=20,
        )
        DATA_EXPORTS.add(export_profile, app=self.label, name="profile", order=11)
        DATA_EXPORTS.add(memberships.export, app=self.label, name="memberships", order=12)
        ACCOUNT_ERASERS.add(memberships.erase, app=self.label, name="memberships", order=12)
        DATASETS.add(OrganisationDataset(), app=self.label, name="organisations", order=10)
        DATASETS.add(ProjectDataset(), app=self.label, name="projects", order=11)
