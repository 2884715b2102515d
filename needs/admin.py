"""Moderators write and approve surveys (publishing a survey is the approval of its questions); nobody reads a
single response here: the results page shows only counts of groups large enough."""

from django.contrib import admin
from modeltranslation.admin import TranslationTabularInline

from core.admin import AutocompleteMixin, TranslatedAdmin
from needs.models import Option, Question, Survey


class QuestionInline(TranslationTabularInline):
    model = Question
    extra = 0
    fields = ["text", "several", "order"]
    show_change_link = True


@admin.register(Survey)
class SurveyAdmin(AutocompleteMixin, TranslatedAdmin):
    list_display = ["title", "organisation", "oblast", "closes_on", "status"]
    list_filter = ["status", "oblast"]
    search_fields = ["title_bg", "title_en"]
    autocomplete_fields = ["organisation"]
    filter_horizontal = ["target_groups"]
    fields = ["title", "slug", "status", "introduction", "organisation", "oblast", "municipalities", "target_groups",
              "closes_on"]  # fmt: skip
    inlines = [QuestionInline]


class OptionInline(AutocompleteMixin, TranslationTabularInline):
    model = Option
    extra = 0
    fields = ["text", "theme", "order"]
    autocomplete_fields = ["theme"]


@admin.register(Question)
class QuestionAdmin(TranslatedAdmin):
    """A question with its answer options; reached from its survey."""

    list_display = ["text", "survey", "order"]
    list_filter = ["survey"]
    search_fields = ["text_bg", "text_en"]
    fields = ["survey", "text", "several", "order"]
    inlines = [OptionInline]
