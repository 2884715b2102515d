from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    """News posts written by the moderators, with their list, page and feed."""

    name = "news"
    verbose_name = _("News")
