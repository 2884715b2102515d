from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from django_tasks_db import apps as tasks_db_apps


class PortalConfig(AppConfig):
    """The project shell: settings, root URLs and the site-wide pages that gather what the apps register."""

    name = "portal"
    verbose_name = _("Portal")

    def ready(self):
        from core.sitemaps import SITEMAPS
        from portal import receivers  # noqa: F401 (declares what retires the cached home page)
        from portal.sitemaps import SectionSitemap

        SITEMAPS.add(SectionSitemap, app=self.label, name="sections", order=0)

        from core.search.index import watch

        # The shell is the last app to be ready: every app has declared its search sources by now.
        watch()


class TasksDatabaseConfig(tasks_db_apps.TasksAppConfig):
    """django-tasks-db under a translated name: its own ("Tasks Database Backend") is a plain English string.

    Named in INSTALLED_APPS; `default = False` keeps PortalConfig the one Django picks for "portal".
    """

    default = False
    verbose_name = _("Background tasks")
