"""What every app's admin shares."""

from django.contrib import admin
from django.contrib.admin.widgets import AutocompleteSelect
from django.db import models
from django.db.models.fields import BLANK_CHOICE_DASH
from django_countries import countries
from modeltranslation.admin import TabbedTranslationAdmin
from taggit.models import Tag as TaggitTag

from core.tags import Tag

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


@admin.register(Tag)
class TagAdmin(TabbedTranslationAdmin):
    """Moderators name each tag in Bulgarian and English; the slug, made once, stays (addresses use it)."""

    list_display = ["name_bg", "name_en", "slug"]
    search_fields = ["name_bg", "name_en", "slug"]
    fields = ["name", "slug"]
    readonly_fields = ["slug"]


# django-taggit's own tag model is not used (core.tags.Tag is translated); keep it out of the admin.
if admin.site.is_registered(TaggitTag):
    admin.site.unregister(TaggitTag)
