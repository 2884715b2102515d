from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ServicesConfig(AppConfig):
    """The referral directory: social services by oblast, municipality and target group, and referral slips."""

    name = "services"
    verbose_name = _("Social services")
