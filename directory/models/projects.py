from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.enums import Currency
from core.models import TimeStampedModel
from core.numbers import format_amount
from core.slugs import SLUG_HELP_TEXT, SlugFromTitle


def money_field(verbose_name, help_text=""):
    return models.DecimalField(
        verbose_name, max_digits=14, decimal_places=2, default=Decimal("0.00"), help_text=help_text
    )


class Project(SlugFromTitle, TimeStampedModel):
    """A funded project: who ran it, with what money, to what end."""

    code = models.CharField(
        _("project code"), max_length=64, unique=True, help_text=_("For example BG051PO001-7.0.01-0124-C0001.")
    )
    slug = models.SlugField(_("slug"), max_length=200, unique=True, blank=True, help_text=SLUG_HELP_TEXT)
    title = models.CharField(_("title"), max_length=300)
    funding_programme = models.CharField(_("funding programme"), max_length=300)
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    currency = models.CharField(_("currency"), max_length=3, choices=Currency.choices, default=Currency.BGN)
    total_budget = money_field(_("total budget"))
    eu_contribution = money_field(_("EU contribution"))
    national_cofinancing = money_field(_("national co-financing"))
    lead_organisation = models.ForeignKey(
        "directory.Organisation",
        verbose_name=_("lead organisation"),
        on_delete=models.PROTECT,
        related_name="led_projects",
    )
    partners = models.ManyToManyField(
        "directory.Organisation", verbose_name=_("partner organisations"), related_name="partner_projects", blank=True
    )
    summary = models.TextField(_("summary"), blank=True)
    objectives = models.TextField(_("objectives"), blank=True)
    target_groups_description = models.TextField(_("target groups"), blank=True)
    activities = models.TextField(_("activities"), blank=True)
    expected_results = models.TextField(_("expected results"), blank=True)

    class Meta:
        ordering = ["-start_date", "code"]
        verbose_name = _("funded project")
        verbose_name_plural = _("funded projects")
        constraints = [
            models.CheckConstraint(
                condition=Q(total_budget=F("eu_contribution") + F("national_cofinancing")),
                name="project_budget_parts_add_up",
                violation_error_message=_(
                    "The EU contribution and the national co-financing must add up to the total budget."
                ),
            ),
            models.CheckConstraint(
                condition=Q(end_date__isnull=True) | Q(start_date__isnull=True) | Q(end_date__gte=F("start_date")),
                name="project_ends_after_start",
                violation_error_message=_("The project cannot end before it starts."),
            ),
        ]

    def __str__(self):
        return f"{self.code} {self.title}"

    def get_absolute_url(self):
        return reverse("directory:project-detail", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        parts = (self.eu_contribution or 0) + (self.national_cofinancing or 0)
        if self.total_budget is not None and parts != self.total_budget:
            raise ValidationError(
                {
                    "total_budget": _(
                        "The EU contribution and the national co-financing add up to %(parts)s, "
                        "not to the total budget of %(total)s."
                    )
                    % {
                        "parts": format_amount(parts),
                        "total": format_amount(self.total_budget),
                    }
                }
            )
