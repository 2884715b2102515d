from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ExchangeConfig(AppConfig):
    """The virtual social cooperative's exchange: offers and needs by oblast, matched across neighbouring oblasts."""

    name = "exchange"
    verbose_name = _("Exchange")
