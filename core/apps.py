from datetime import timedelta

from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """The ground floor: what every app stands on. It imports no other app of the project."""

    name = "core"
    verbose_name = _("Core")

    def ready(self):
        from core import follows
        from core.images import restrict_pillow_formats
        from core.privacy import ACCOUNT_ERASERS, DATA_EXPORTS

        DATA_EXPORTS.add(follows.export, app=self.label, name="follows", order=35)
        ACCOUNT_ERASERS.add(follows.erase, app=self.label, name="follows", order=35)

        restrict_pillow_formats()

        from core import receivers

        receivers.connect()

        from core.sites import sync_site

        post_migrate.connect(sync_site, sender=self, dispatch_uid="core-sync-site")

        from core.periodic import PERIODIC, Periodic
        from core.tasks import clear_expired_sessions, prune_finished_tasks

        PERIODIC.add(
            Periodic(clear_expired_sessions, every=timedelta(days=1)), app=self.label, name="sessions", order=10
        )
        PERIODIC.add(Periodic(prune_finished_tasks, every=timedelta(days=1)), app=self.label, name="tasks", order=10)

        from core.search.index import rebuild_if_empty

        post_migrate.connect(rebuild_if_empty, sender=self, dispatch_uid="core-search-rebuild-if-empty")
