"""Moderators edit the questionnaire (dimensions with their questions and advice, answer scales) and read the
anonymised overview; no one reads a participant's assessment in the admin."""

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationStackedInline, TranslationTabularInline

from core.admin import TranslatedAdmin
from readiness.aggregates import overview
from readiness.models import Advice, Dimension, Question, Scale, ScaleLevel


class QuestionInline(TranslationStackedInline):
    model = Question
    extra = 0
    fields = ["text", "explanation", ("scale", "weight", "allows_not_applicable", "position")]


class AdviceInline(TranslationStackedInline):
    model = Advice
    extra = 0
    fields = [("min_score", "max_score"), "text"]


@admin.register(Dimension)
class DimensionAdmin(TranslatedAdmin):
    list_display = ["title", "position", "slug"]
    search_fields = ["title_bg", "title_en"]
    prepopulated_fields = {"slug": ["title_en"]}
    filter_horizontal = ["themes"]
    fields = ["title", "slug", "position", "description", "themes"]
    inlines = [QuestionInline, AdviceInline]
    change_list_template = "readiness/admin/dimension_change_list.html"

    def get_urls(self):
        return [
            path("overview/", self.admin_site.admin_view(self.overview_view), name="readiness_overview"),
            *super().get_urls(),
        ]

    def overview_view(self, request):
        """Averages per dimension, bands and assessments per month, for whoever may view dimensions."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        context = {
            **self.admin_site.each_context(request),
            "title": _("Readiness assessments at a glance"),
            "opts": self.model._meta,
            **overview(today=timezone.localdate()),
        }
        return TemplateResponse(request, "readiness/admin/overview.html", context)


class ScaleLevelInline(TranslationTabularInline):
    model = ScaleLevel
    extra = 0


@admin.register(Scale)
class ScaleAdmin(TranslatedAdmin):
    list_display = ["name"]
    inlines = [ScaleLevelInline]
