"""A transferable social innovation: what it solves, how it works, and what Bulgaria needs to adopt it."""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from core.images import ResizedImageField
from core.models import PublishableModel, PublishableQuerySet
from core.slugs import SLUG_HELP_TEXT, SlugFromTitle
from core.tags import translated_tags
from core.validators import validate_image_size
from practices.enums import TransferStage

# Widths the pages ask for in `srcset`; the stored original is the widest.
COVER_WIDTHS = (480, 960, 1600)
# A practice whose completeness reaches this percentage counts as complete in the filters.
COMPLETE_THRESHOLD = 80
# The case template's descriptive sections, in page order: what completeness counts and what
# translation, the demo and the exports work through.
DESCRIPTIVE_FIELDS = (
    "summary",
    "description",
    "problem",
    "how_it_works",
    "results",
    "resources",
    "transfer_potential",
    "adaptation_preconditions",
    "adaptation_legal_funding",
    "adaptation_changes",
    "adaptation_barriers",
    "adaptation_first_steps",
    "adaptation_bulgarian_experience",
)


class PracticeQuerySet(PublishableQuerySet):
    def reviewed(self):
        return self.filter(reviewed_at__isnull=False)

    def complete(self):
        return self.filter(completeness__gte=COMPLETE_THRESHOLD)


def text(verbose_name, help_text=""):
    return models.TextField(verbose_name, blank=True, help_text=help_text)


class Practice(SlugFromTitle, PublishableModel):
    # Pages under /practices/ that a practice's slug must not shadow.
    reserved_slugs = ("compare", "codebook")

    title = models.CharField(_("title"), max_length=250)
    slug = models.SlugField(
        _("slug"),
        max_length=250,
        unique=True,
        blank=True,
        help_text=SLUG_HELP_TEXT,
    )
    summary = models.TextField(_("summary"), help_text=_("One paragraph shown on cards and in search results."))
    description = text(_("description"), _("Markdown: **bold**, *italic*, lists, links and headings."))
    problem = text(_("the problem it answers"))
    how_it_works = text(_("how it works"))
    results = text(_("results and evidence"))
    resources = text(_("what it takes"), _("Staff, cost, partners."))
    transfer_potential = text(_("scaling and transfer potential"))
    adaptation_preconditions = text(_("preconditions in Bulgaria"))
    adaptation_legal_funding = text(_("legal and funding fit"))
    adaptation_changes = text(_("what was or would need to be changed"))
    adaptation_barriers = text(_("barriers"))
    adaptation_first_steps = text(_("first steps"))
    adaptation_bulgarian_experience = text(_("who in Bulgaria has tried it"))

    country = CountryField(_("country of origin"), db_index=True)
    region = models.CharField(_("region or municipality"), max_length=200, blank=True)
    source_organisation = models.ForeignKey(
        "directory.Organisation",
        verbose_name=_("source organisation"),
        on_delete=models.PROTECT,
        related_name="source_practices",
    )
    partners = models.ManyToManyField(
        "directory.Organisation", verbose_name=_("partner organisations"), related_name="partner_practices", blank=True
    )
    project = models.ForeignKey(
        "directory.Project",
        verbose_name=_("funded project"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="practices",
    )
    themes = models.ManyToManyField("directory.Theme", verbose_name=_("themes"), related_name="practices", blank=True)
    target_groups = models.ManyToManyField(
        "directory.TargetGroup", verbose_name=_("target groups"), related_name="practices", blank=True
    )
    tags = translated_tags(help_text=_("Free words, separated by commas."))
    transfer_stage = models.CharField(
        _("transfer stage"), max_length=16, choices=TransferStage.choices, default=TransferStage.STUDIED_ABROAD
    )

    cover_image = ResizedImageField(
        _("cover image"),
        upload_to="practices/covers/",
        blank=True,
        max_size=(COVER_WIDTHS[-1], COVER_WIDTHS[-1]),
        validators=[validate_image_size],
        width_field="cover_width",
        height_field="cover_height",
        help_text=_("PNG or JPEG, at most 5 MB; smaller copies are made once, on upload."),
    )
    cover_width = models.PositiveIntegerField(_("cover width"), null=True, blank=True, editable=False)
    cover_height = models.PositiveIntegerField(_("cover height"), null=True, blank=True, editable=False)
    cover_small = models.ImageField(_("small cover"), upload_to="practices/covers/", blank=True, editable=False)
    cover_medium = models.ImageField(_("medium cover"), upload_to="practices/covers/", blank=True, editable=False)
    cover_alt = models.CharField(
        _("cover description"),
        max_length=250,
        blank=True,
        help_text=_("What the image shows, for people who cannot see it."),
    )
    cover_credit = models.CharField(
        _("cover image credit"),
        max_length=250,
        blank=True,
        help_text=_("Who made the image, and its licence; shown under it."),
    )

    contact_name = models.CharField(_("contact person"), max_length=200, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_url = models.URLField(_("website"), blank=True)
    started_on = models.DateField(_("started"), null=True, blank=True)
    ended_on = models.DateField(_("ended"), null=True, blank=True, help_text=_("Empty while it still runs."))
    published_at = models.DateTimeField(_("published"), null=True, blank=True, editable=False)

    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewed by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="reviewed_practices",
    )
    reviewed_at = models.DateTimeField(_("reviewed"), null=True, blank=True)
    completeness = models.PositiveSmallIntegerField(
        _("completeness"),
        default=0,
        editable=False,
        db_index=True,
        help_text=_("Percentage of the descriptive fields filled in both languages."),
    )

    objects = PracticeQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-id"]
        verbose_name = _("practice")
        verbose_name_plural = _("practices")
        indexes = [
            models.Index(fields=["status", "-published_at", "-id"], name="practice_public_newest"),
            models.Index(fields=["status", "title_bg"], name="practice_public_title_bg"),
            models.Index(fields=["status", "title_en"], name="practice_public_title_en"),
            # Narrow indexes the facet counts read instead of the wide rows.
            models.Index(fields=["status", "country"], name="practice_public_country"),
            models.Index(fields=["status", "transfer_stage"], name="practice_public_stage"),
            models.Index(fields=["status", "completeness"], name="practice_public_completeness"),
            models.Index(fields=["status", "reviewed_at"], name="practice_public_reviewed"),
        ]
        constraints = [
            models.CheckConstraint(condition=Q(completeness__lte=100), name="practice_completeness_percentage"),
            models.CheckConstraint(
                condition=Q(ended_on__isnull=True) | Q(started_on__isnull=True) | Q(ended_on__gte=F("started_on")),
                name="practice_ends_after_start",
                violation_error_message=_("A practice cannot end before it starts."),
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("practices:practice-detail", kwargs={"slug": self.slug})

    @property
    def is_reviewed(self):
        return self.reviewed_at is not None
