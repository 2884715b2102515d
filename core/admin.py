"""What every app's admin shares."""

from django.contrib import admin
from django.contrib.admin.widgets import AutocompleteSelect
from django.db import models
from django.db.models.fields import BLANK_CHOICE_DASH
from django.urls import reverse
from django.utils.html import format_html_join
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django_countries import countries
from modeltranslation.admin import TabbedTranslationAdmin
from taggit.models import Tag as TaggitTag

from core import translation_status
from core.tags import Tag

# Translators: a language's name inside a sentence ("Summary (English): missing"); lower case in Bulgarian.
LANGUAGE_NAMES = {
    "bg": pgettext_lazy("inside a sentence", "Bulgarian"),
    "en": pgettext_lazy("inside a sentence", "English"),
}

# An address typed without a scheme ("iriss.org.uk") is taken as https, Django 6's default, chosen now.
# Every ModelAdmin and inline with a URL field sets `formfield_overrides = URL_FIELDS`.
URL_FIELDS = {models.URLField: {"assume_scheme": "https"}}


class CountryInUseFilter(admin.SimpleListFilter):
    """A changelist filter on the `country` field that lists only the countries some row has, by name.

    django-countries' own choices would list about 250 countries, nearly all of which match nothing.
    """

    parameter_name = "country"

    def __init__(self, request, params, model, model_admin):
        self.title = model._meta.get_field(self.parameter_name).verbose_name
        super().__init__(request, params, model, model_admin)

    def lookups(self, request, model_admin):
        codes = model_admin.get_queryset(request).order_by().values_list(self.parameter_name, flat=True).distinct()
        return sorted(((code, countries.name(code)) for code in codes if code), key=lambda pair: pair[1])

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(**{self.parameter_name: self.value()})
        return queryset


class LabelledListEditableMixin:
    """Names each `list_editable` box after its column and row ("Position: Autism"): the changelist shows them in
    table cells without a label, so a screen reader would announce a bare number box (WCAG 4.1.2)."""

    def get_changelist_form(self, request, **kwargs):
        form_class = super().get_changelist_form(request, **kwargs)

        class LabelledForm(form_class):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                for field in self.fields.values():
                    if not field.widget.is_hidden:
                        field.widget.attrs["aria-label"] = f"{field.label}: {self.instance}"
                        field.help_text = ""  # not shown in the list, so no aria-describedby may point to it

        return LabelledForm


class PlaceholderAutocompleteSelect(AutocompleteSelect):
    """Django's autocomplete box for a foreign key, always with an empty first option that has a text.

    HTML wants a required single <select> to start with an empty option and every <option> to have a text;
    Django leaves the empty option out of a required box and writes it without text in an optional one.
    Select2 shows its placeholder, not this option, so nothing changes on screen.
    """

    def optgroups(self, name, value, attr=None):
        groups = super().optgroups(name, value, attr)
        options = groups[0][1]
        if options and options[0]["value"] == "":
            options[0]["label"] = BLANK_CHOICE_DASH[0][1]
        else:
            options.insert(0, self.create_option(name, "", BLANK_CHOICE_DASH[0][1], False, 0))
        return groups


class AutocompleteMixin:
    """For a ModelAdmin or inline with `autocomplete_fields`: its foreign keys use PlaceholderAutocompleteSelect."""

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if "widget" not in kwargs and db_field.name in self.get_autocomplete_fields(request):
            kwargs["widget"] = PlaceholderAutocompleteSelect(db_field, self.admin_site, using=kwargs.get("using"))
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class NeedsTranslationFilter(admin.SimpleListFilter):
    """Objects whose English (or Bulgarian) version of some text is missing or outdated."""

    title = _("needs translation")
    parameter_name = "needs_translation"

    def lookups(self, request, model_admin):
        return [("en", _("into English")), ("bg", _("into Bulgarian"))]

    def queryset(self, request, queryset):
        if self.value() in translation_status.LANGUAGES:
            return translation_status.needing(queryset, self.value())
        return queryset


class TranslatedAdmin(TabbedTranslationAdmin):
    """The admin of every translated model: tabs per language, the "needs translation" filter, and on the change
    form which other-language versions are missing or outdated (core.translation_status)."""

    def get_list_filter(self, request):
        return [*super().get_list_filter(request), NeedsTranslationFilter]

    def get_fields(self, request, obj=None):
        return [field for field in super().get_fields(request, obj) if field != "translation_status"]

    def get_readonly_fields(self, request, obj=None):
        return [*super().get_readonly_fields(request, obj), "translation_status"]

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if obj is None or "translation_status" not in self.get_readonly_fields(request, obj):
            return fieldsets  # adding, or an admin that chooses its read-only fields itself
        return [(_("Translation"), {"fields": ["translation_status"]}), *fieldsets]

    @admin.display(description=_("translation status"))
    def translation_status(self, obj):
        rows = translation_status.status(obj)
        if not rows:
            return _("Every text is in both languages and up to date.")
        return format_html_join(
            "",
            '<p class="translation-status translation-status--{}">{}</p>',
            (
                (state, f"{capfirst(label)} ({LANGUAGE_NAMES[language]}): {translation_status.STATUS_LABELS[state]}")
                for label, language, state in rows
            ),
        )

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        translation_status.record_translations(obj=form.instance, previous=form.initial)


def translation_backlog(site, request):
    """Per translated model the user may view: how many objects need translating into each language, with the
    filtered changelist's address. Two counting queries per model, whatever the number of rows."""
    rows = []
    for model, model_admin in site._registry.items():
        if not isinstance(model_admin, TranslatedAdmin) or not model_admin.has_view_permission(request):
            continue
        queryset = model_admin.get_queryset(request)
        counts = {language: translation_status.needing(queryset, language).count() for language in ("en", "bg")}
        if any(counts.values()):
            url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
            rows.append({"name": model._meta.verbose_name_plural, "url": url, **counts})
    return sorted(rows, key=lambda row: str(row["name"]))


@admin.register(Tag)
class TagAdmin(TranslatedAdmin):
    """Moderators name each tag in Bulgarian and English; the slug, made once, stays (addresses use it)."""

    list_display = ["name_bg", "name_en", "slug"]
    search_fields = ["name_bg", "name_en", "slug"]
    fields = ["name", "slug"]
    readonly_fields = ["slug"]


# django-taggit's own tag model is not used (core.tags.Tag is translated); keep it out of the admin.
if admin.site.is_registered(TaggitTag):
    admin.site.unregister(TaggitTag)
