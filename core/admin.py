"""What every app's admin shares."""

from django.contrib import admin
from django.db import models
from django_countries import countries

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
