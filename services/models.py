from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.models import TimeStampedModel
from core.slugs import SLUG_HELP_TEXT, SlugFromTitle
from directory.geography import oblast_field


class ServiceQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)

    def for_cards(self):
        """With what a card shows beside the service: its provider and target groups."""
        return self.select_related("provider").prefetch_related("target_groups")


class Service(SlugFromTitle, TimeStampedModel):
    """A social service: who provides what, for whom, where, and how to reach them."""

    reserved_slugs = {"new"}

    title = models.CharField(_("title"), max_length=300)
    slug = models.SlugField(_("slug"), max_length=200, unique=True, blank=True, help_text=SLUG_HELP_TEXT)
    provider = models.ForeignKey(
        "directory.Organisation",
        verbose_name=_("provider"),
        on_delete=models.PROTECT,
        related_name="services",
        help_text=_("The organisation that provides the service; its members may edit it."),
    )
    summary = models.TextField(_("what the service offers"), max_length=1000)
    eligibility = models.TextField(
        _("who may use it"), blank=True, help_text=_("Conditions, documents needed, how a referral is made.")
    )
    target_groups = models.ManyToManyField(
        "directory.TargetGroup", verbose_name=_("target groups"), related_name="services", blank=True
    )
    oblast = oblast_field(verbose_name=_("oblast"), db_index=True)
    municipality = models.CharField(_("municipality"), max_length=120, db_index=True)
    address = models.CharField(_("address"), max_length=300, blank=True)
    phone = models.CharField(_("phone"), max_length=60, blank=True)
    email = models.EmailField(_("e-mail address"), blank=True)
    website = models.URLField(_("website"), blank=True)
    hours = models.CharField(_("opening hours"), max_length=300, blank=True)
    is_published = models.BooleanField(
        _("shown on the site"), default=True, help_text=_("Untick to hide a service that no longer runs.")
    )

    objects = ServiceQuerySet.as_manager()

    class Meta:
        ordering = ["title", "pk"]
        verbose_name = _("social service")
        verbose_name_plural = _("social services")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("services:service-detail", kwargs={"slug": self.slug})
