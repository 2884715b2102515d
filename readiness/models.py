"""The readiness-to-scale questionnaire (edited by moderators), its frozen versions, and the assessments.

Moderators edit the live questionnaire: dimensions, their questions, answer scales and advice per score band.
An assessment answers a `QuestionnaireVersion`, a frozen copy made when the live questionnaire differs from the
last copy, so editing the questionnaire never changes an old result.
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.models import TimeStampedModel


class Dimension(models.Model):
    slug = models.SlugField(
        _("slug"), max_length=80, unique=True, help_text=_("Keeps results of every questionnaire version together.")
    )
    title = models.CharField(_("title"), max_length=150)
    description = models.TextField(_("description"), blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    themes = models.ManyToManyField(
        "directory.Theme",
        verbose_name=_("themes"),
        related_name="readiness_dimensions",
        blank=True,
        help_text=_("Practices, documents, films and events on these themes are suggested with the advice."),
    )

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("dimension")
        verbose_name_plural = _("dimensions")

    def __str__(self):
        return self.title


class Scale(models.Model):
    """An answer scale shared by questions: its levels, each with a label and an explanation."""

    name = models.CharField(_("name"), max_length=150)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("answer scale")
        verbose_name_plural = _("answer scales")

    def __str__(self):
        return self.name


class ScaleLevel(models.Model):
    scale = models.ForeignKey(Scale, verbose_name=_("answer scale"), on_delete=models.CASCADE, related_name="levels")
    value = models.PositiveSmallIntegerField(_("value"), help_text=_("0 is the lowest level."))
    label = models.CharField(_("label"), max_length=80)
    description = models.CharField(_("explanation"), max_length=300, blank=True)

    class Meta:
        ordering = ["scale", "value"]
        constraints = [models.UniqueConstraint(fields=["scale", "value"], name="readiness_scale_level_unique_value")]
        verbose_name = _("level")
        verbose_name_plural = _("levels")

    def __str__(self):
        return f"{self.value}: {self.label}"


class Question(models.Model):
    dimension = models.ForeignKey(
        Dimension, verbose_name=_("dimension"), on_delete=models.CASCADE, related_name="questions"
    )
    text = models.CharField(_("question"), max_length=300)
    explanation = models.TextField(_("explanation"), blank=True)
    scale = models.ForeignKey(Scale, verbose_name=_("answer scale"), on_delete=models.PROTECT, related_name="questions")
    weight = models.PositiveSmallIntegerField(
        _("weight"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(10)],
        help_text=_("How much the answer counts in the dimension's score, from 1 to 10."),
    )
    allows_not_applicable = models.BooleanField(_("may be answered “not applicable”"), default=False)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["dimension", "position", "pk"]
        verbose_name = _("question")
        verbose_name_plural = _("questions")

    def __str__(self):
        return self.text


class Advice(models.Model):
    """What moderators advise for a dimension whose score falls between two bounds (inclusive)."""

    dimension = models.ForeignKey(
        Dimension, verbose_name=_("dimension"), on_delete=models.CASCADE, related_name="advice"
    )
    min_score = models.PositiveSmallIntegerField(_("from score"), validators=[MaxValueValidator(100)])
    max_score = models.PositiveSmallIntegerField(_("to score"), validators=[MaxValueValidator(100)])
    text = models.TextField(_("advice"), help_text=_("Markdown."))

    class Meta:
        ordering = ["dimension", "min_score"]
        constraints = [
            models.CheckConstraint(
                condition=Q(min_score__lte=F("max_score")) & Q(max_score__lte=100),
                name="readiness_advice_band_in_order",
                violation_error_message=_("The band must run from a lower to a higher score, at most 100."),
            )
        ]
        verbose_name = _("advice for a score band")
        verbose_name_plural = _("advice for score bands")

    def __str__(self):
        return f"{self.dimension}: {self.min_score}–{self.max_score}"


class QuestionnaireVersion(models.Model):
    """A frozen copy of the questionnaire (`readiness.questionnaire.snapshot`), answered by assessments."""

    number = models.PositiveIntegerField(_("version"), unique=True)
    digest = models.CharField(_("digest"), max_length=64, unique=True, editable=False)
    content = models.JSONField(_("content"), editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["-number"]
        verbose_name = _("questionnaire version")
        verbose_name_plural = _("questionnaire versions")

    def __str__(self):
        return str(self.number)


class Innovation(TimeStampedModel):
    """What is assessed: several members of one organisation may assess the same innovation."""

    name = models.CharField(_("name of the innovation"), max_length=200)
    # The name case-folded, so "Обменна мрежа" and "обменна мрежа" are one innovation (SQLite folds only ASCII).
    name_key = models.CharField(max_length=200, db_index=True, editable=False)
    organisation = models.ForeignKey(
        "directory.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="innovations",
    )
    practice = models.ForeignKey(
        "practices.Practice",
        verbose_name=_("practice in the catalogue"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="innovations",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="readiness_innovations",
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("innovation")
        verbose_name_plural = _("innovations")

    def __str__(self):
        return self.name


class AssessmentQuerySet(models.QuerySet):
    def completed(self):
        return self.filter(completed_at__isnull=False)

    def of(self, user):
        return self.filter(author=user)


class Assessment(TimeStampedModel):
    """One participant's answers for one innovation, to one questionnaire version.

    `answers` maps a question id (a string) to the chosen level's value, or to "na" (not applicable).
    `scores` (dimension slug -> 0–100 or None) and `overall` are written when the last answer is given.
    """

    innovation = models.ForeignKey(
        Innovation, verbose_name=_("innovation"), on_delete=models.CASCADE, related_name="assessments"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.CASCADE,
        related_name="readiness_assessments",
    )
    version = models.ForeignKey(
        QuestionnaireVersion, verbose_name=_("questionnaire version"), on_delete=models.PROTECT, related_name="+"
    )
    answers = models.JSONField(_("answers"), default=dict, blank=True)
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True)
    scores = models.JSONField(_("scores"), default=dict, blank=True)
    overall = models.PositiveSmallIntegerField(_("overall score"), null=True, blank=True)
    share_token = models.CharField(_("private link"), max_length=64, null=True, blank=True, unique=True)

    objects = AssessmentQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("assessment")
        verbose_name_plural = _("assessments")

    def __str__(self):
        return f"{self.innovation} ({self.created_at:%Y-%m-%d})"

    def get_absolute_url(self):
        return reverse("readiness:assessment", kwargs={"pk": self.pk})
