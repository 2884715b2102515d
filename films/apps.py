from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FilmsConfig(AppConfig):
    """Films and their subtitle tracks: an app of its own above practices."""

    name = "films"
    verbose_name = _("Films")
