"""A needs survey a municipality or partner organisation runs, its questions and options, and the answers.

Nobody needs an account to answer, and no address is kept: an answer counts once its e-mail address was confirmed
by a link, and only a keyed hash of the address stays, so that one address gives one answer per survey.
"""

from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.models import PublishableModel, PublishableQuerySet
from core.slugs import SLUG_HELP_TEXT, SlugFromTitle
from directory.geography import oblast_field


class SurveyQuerySet(PublishableQuerySet):
    def open(self, *, today=None):
        """Published surveys still taking answers."""
        today = today or timezone.localdate()
        return self.published().filter(closes_on__gte=today)


class Survey(SlugFromTitle, PublishableModel):
    """Moderators publish a survey once they have approved its questions; drafts are never shown."""

    reserved_slugs = ("places",)

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=220, unique=True, blank=True, help_text=SLUG_HELP_TEXT)
    introduction = models.TextField(_("introduction"), help_text=_("Who asks, why, and what will be done with it."))
    organisation = models.ForeignKey(
        "directory.Organisation",
        verbose_name=_("run by"),
        on_delete=models.PROTECT,
        related_name="needs_surveys",
    )
    oblast = oblast_field()
    municipalities = models.TextField(
        _("municipalities"),
        help_text=_("One per line, in Bulgarian: the municipalities whose residents are asked."),
    )
    target_groups = models.ManyToManyField(
        "directory.TargetGroup", verbose_name=_("target groups"), related_name="needs_surveys"
    )
    closes_on = models.DateField(_("takes answers until"))

    objects = SurveyQuerySet.as_manager()

    class Meta:
        ordering = ["-closes_on", "title"]
        verbose_name = _("needs survey")
        verbose_name_plural = _("needs surveys")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("needs:survey", kwargs={"slug": self.slug})

    @property
    def municipality_names(self):
        return [line.strip() for line in self.municipalities.splitlines() if line.strip()]

    @property
    def is_open(self):
        return self.is_published and self.closes_on >= timezone.localdate()


class Question(models.Model):
    survey = models.ForeignKey(Survey, verbose_name=_("survey"), on_delete=models.CASCADE, related_name="questions")
    text = models.CharField(_("question"), max_length=300)
    several = models.BooleanField(_("several answers allowed"), default=False)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("question")
        verbose_name_plural = _("questions")

    def __str__(self):
        return self.text


class Option(models.Model):
    """One answer to choose; its theme says which practices, films and events address the need it names."""

    question = models.ForeignKey(Question, verbose_name=_("question"), on_delete=models.CASCADE, related_name="options")
    text = models.CharField(_("answer"), max_length=200)
    theme = models.ForeignKey(
        "directory.Theme",
        verbose_name=_("theme that addresses it"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("answer option")
        verbose_name_plural = _("answer options")

    def __str__(self):
        return self.text


class Response(models.Model):
    """One person's answers; counted once `confirmed_at` is set. `address_key` is a keyed hash, not the address."""

    survey = models.ForeignKey(Survey, verbose_name=_("survey"), on_delete=models.CASCADE, related_name="responses")
    address_key = models.CharField(_("key of the e-mail address"), max_length=64)
    municipality = models.CharField(_("municipality"), max_length=100)
    target_group = models.ForeignKey(
        "directory.TargetGroup", verbose_name=_("target group"), on_delete=models.PROTECT, related_name="+"
    )
    options = models.ManyToManyField(Option, verbose_name=_("answers"), related_name="responses")
    created_at = models.DateTimeField(_("sent"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True, db_index=True)

    class Meta:
        verbose_name = _("response")
        verbose_name_plural = _("responses")
        constraints = [
            models.UniqueConstraint(
                fields=["survey", "address_key"],
                condition=models.Q(confirmed_at__isnull=False),
                name="needs_one_confirmed_response_per_address",
            )
        ]

    def __str__(self):
        return f"{self.survey_id}:{self.pk}"
