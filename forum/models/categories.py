from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.slugs import SLUG_HELP_TEXT, SlugFromTitle


class Category(SlugFromTitle, models.Model):
    """A forum section; moderators order them with `position`."""

    slug_source = "name"

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True, blank=True, help_text=SLUG_HELP_TEXT)
    description = models.TextField(_("description"), blank=True)
    position = models.PositiveSmallIntegerField(
        _("position"), default=0, help_text=_("Lower numbers are listed first.")
    )

    class Meta:
        ordering = ["position", "slug"]
        verbose_name = _("forum category")
        verbose_name_plural = _("forum categories")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("forum:category-detail", kwargs={"slug": self.slug})
