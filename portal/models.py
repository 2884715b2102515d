from functools import partial

from django.core.cache import cache
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _

from portal.enums import ContentLicence

CACHE_KEY = "portal:site-settings"
CACHE_SECONDS = 3600


class SiteSettings(models.Model):
    """The one row of site-wide texts that moderators edit in the admin."""

    funding_acknowledgement = models.TextField(
        _("funding acknowledgement"),
        blank=True,
        help_text=_("Shown in the footer of every page."),
    )
    content_licence = models.CharField(
        _("licence of the portal's texts and data"),
        max_length=16,
        choices=ContentLicence.choices,
        default=ContentLicence.CC_BY_4,
        help_text=_(
            "The open licence under which anyone may reuse what the portal itself writes: the texts of its pages, "
            "the downloads of its lists and the API. Images, films and documents keep the licences their credits name."
        ),
    )

    featured_practices = models.ManyToManyField(
        "practices.Practice",
        verbose_name=_("featured practices"),
        blank=True,
        related_name="+",
        help_text=_("Shown on the home page while they are published."),
    )
    about = models.TextField(_("about the portal"), blank=True, help_text=_("The About page, in Markdown."))
    terms = models.TextField(_("terms of use"), blank=True, help_text=_("The Terms of use page, in Markdown."))

    class Meta:
        verbose_name = _("site settings")
        verbose_name_plural = _("site settings")
        constraints = [models.CheckConstraint(condition=models.Q(pk=1), name="site_settings_single_row")]

    def __str__(self):
        return str(_("Site settings"))

    @property
    def licence(self):
        return ContentLicence(self.content_licence)

    @classmethod
    def load(cls):
        """The row, which every page's footer shows: from the cache, read again after each save (receivers.py)."""
        settings = cache.get(CACHE_KEY)
        if settings is None:
            settings, _created = cls.objects.get_or_create(pk=1)
            cache.set(CACHE_KEY, settings, CACHE_SECONDS)
        return settings

    @staticmethod
    def forget():
        """The cached row is stale: drop it now and after the current transaction commits."""
        cache.delete(CACHE_KEY)
        transaction.on_commit(partial(cache.delete, CACHE_KEY))
