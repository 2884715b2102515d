"""The curated lists moderators manage: themes and target groups."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from core.slugs import SLUG_HELP_TEXT, SlugFromTitle


class CuratedTerm(SlugFromTitle, models.Model):
    slug_source = "name"

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=120, unique=True, blank=True, help_text=SLUG_HELP_TEXT)
    description = models.TextField(_("description"), blank=True)
    position = models.PositiveSmallIntegerField(
        _("position"), default=0, help_text=_("Lower numbers are listed first.")
    )

    class Meta:
        abstract = True
        ordering = ["position", "name"]

    def __str__(self):
        return self.name


class Theme(CuratedTerm):
    class Meta(CuratedTerm.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")


class TargetGroup(CuratedTerm):
    class Meta(CuratedTerm.Meta):
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")
