from django.db import models
from django.utils.translation import gettext_lazy as _


class SiteSettings(models.Model):
    """The one row of site-wide texts that moderators edit in the admin."""

    funding_acknowledgement = models.TextField(
        _("funding acknowledgement"),
        blank=True,
        help_text=_("Shown in the footer of every page."),
    )

    class Meta:
        verbose_name = _("site settings")
        verbose_name_plural = _("site settings")
        constraints = [models.CheckConstraint(condition=models.Q(pk=1), name="site_settings_single_row")]

    def __str__(self):
        return str(_("Site settings"))

    @classmethod
    def load(cls):
        settings, _created = cls.objects.get_or_create(pk=1)
        return settings
