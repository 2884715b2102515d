from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InitiativesConfig(AppConfig):
    """Calls for partners, campaigns and volunteering posted by organisations, with interest and expiry."""

    name = "initiatives"
    verbose_name = _("Initiatives and calls")
