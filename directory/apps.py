from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DirectoryConfig(AppConfig):
    """What every area links to: organisations, funded projects, profiles, themes and target groups."""

    name = "directory"
    verbose_name = _("Organisations and projects")

    def ready(self):
        from directory import receivers  # noqa: F401 - connects the allauth receivers
