from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """The ground floor: what every app stands on. It imports no other app of the project."""

    name = "core"
    verbose_name = _("Core")

    def ready(self):
        from core.images import restrict_pillow_formats

        restrict_pillow_formats()
