"""Offers and needs on the exchange of the virtual social cooperative, and the matches between them."""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.models import TimeStampedModel
from core.slugs import SLUG_HELP_TEXT, SlugFromTitle
from directory.geography import oblast_field
from directory.membership import organisations_of
from exchange.enums import Category, ListingKind


class ListingQuerySet(models.QuerySet):
    def published(self):
        """The listings anyone may see: all but those moderators hid."""
        return self.filter(hidden_at__isnull=True)

    def posted_by(self, user):
        """What `user` posted, and what was posted in the name of an organisation they are a member of."""
        if not user.is_authenticated:
            return self.none()
        return self.filter(Q(author=user) | Q(organisation__in=organisations_of(user)))


class Listing(SlugFromTitle, TimeStampedModel):
    """An offer or a need: skills, equipment, premises, transport, training or know-how, somewhere in Bulgaria."""

    reserved_slugs = ("new", "matches")

    kind = models.CharField(_("offer or need"), max_length=8, choices=ListingKind.choices, db_index=True)
    category = models.CharField(_("category"), max_length=16, choices=Category.choices, db_index=True)
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True, blank=True, help_text=SLUG_HELP_TEXT)
    description = models.TextField(_("description"), blank=True)
    oblast = oblast_field(verbose_name=_("oblast"), db_index=True)
    municipality = models.CharField(_("municipality"), max_length=120, blank=True)
    is_remote = models.BooleanField(
        _("remote or small settlement"),
        default=False,
        help_text=_("A village or a small town far from services."),
    )
    contact = models.CharField(
        _("how to reach you"),
        max_length=300,
        blank=True,
        help_text=_("Shown to everyone on the page: a telephone number, an e-mail address or a website."),
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("posted by"),
        on_delete=models.PROTECT,
        related_name="exchange_listings",
    )
    organisation = models.ForeignKey(
        "directory.Organisation",
        verbose_name=_("in the name of"),
        on_delete=models.PROTECT,
        related_name="exchange_listings",
        null=True,
        blank=True,
    )
    hidden_at = models.DateTimeField(_("hidden"), null=True, blank=True)
    hidden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("hidden by"),
        on_delete=models.SET_NULL,
        related_name="+",
        null=True,
        blank=True,
    )
    hidden_reason = models.CharField(_("reason for hiding"), max_length=300, blank=True)

    objects = ListingQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("offer or need")
        verbose_name_plural = _("offers and needs")
        indexes = [models.Index(fields=["kind", "category", "oblast"])]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("exchange:listing-detail", kwargs={"slug": self.slug})

    @property
    def is_hidden(self):
        return self.hidden_at is not None


class MatchQuerySet(models.QuerySet):
    def visible(self):
        """Matches between two listings that are both still shown."""
        return self.filter(offer__hidden_at__isnull=True, need__hidden_at__isnull=True)

    def taken_up(self):
        return self.filter(taken_up_at__isnull=False)


class Match(models.Model):
    """An offer that answers a need of the same category in the same or a neighbouring oblast."""

    offer = models.ForeignKey(Listing, verbose_name=_("offer"), on_delete=models.CASCADE, related_name="offer_matches")
    need = models.ForeignKey(Listing, verbose_name=_("need"), on_delete=models.CASCADE, related_name="need_matches")
    created_at = models.DateTimeField(_("found"), auto_now_add=True)
    taken_up_at = models.DateTimeField(_("taken up"), null=True, blank=True)
    taken_up_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("marked as taken up by"),
        on_delete=models.SET_NULL,
        related_name="+",
        null=True,
        blank=True,
    )

    objects = MatchQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("match")
        verbose_name_plural = _("matches")
        constraints = [
            models.UniqueConstraint(fields=["offer", "need"], name="exchange_one_match_per_pair"),
            models.CheckConstraint(condition=~Q(offer=F("need")), name="exchange_match_two_listings"),
        ]

    def __str__(self):
        return f"{self.offer} ↔ {self.need}"

    def get_absolute_url(self):
        return f"{self.need.get_absolute_url()}#match-{self.pk}"

    @property
    def is_taken_up(self):
        return self.taken_up_at is not None
