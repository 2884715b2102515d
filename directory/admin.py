from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from core.admin import URL_FIELDS, AutocompleteMixin, CountryInUseFilter, LabelledListEditableMixin, TranslatedAdmin
from directory.models import Organisation, Profile, Project, TargetGroup, Theme


@admin.register(Organisation)
class OrganisationAdmin(TranslatedAdmin):
    list_display = ["name", "kind", "country", "city", "updated_at"]
    list_filter = ["kind", CountryInUseFilter]
    search_fields = ["name_bg", "name_en", "city_bg", "city_en"]
    readonly_fields = ["created_at", "updated_at"]
    formfield_overrides = URL_FIELDS


@admin.register(Project)
class ProjectAdmin(AutocompleteMixin, TranslatedAdmin):
    list_display = ["code", "title", "lead_organisation", "total_budget", "currency", "start_date"]
    list_filter = ["currency", "start_date"]
    list_select_related = ["lead_organisation"]
    search_fields = ["code", "title_bg", "title_en"]
    autocomplete_fields = ["lead_organisation", "partners"]
    readonly_fields = ["created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["code", "title", "slug", "funding_programme", ("start_date", "end_date")]}),
        (
            _("Budget"),
            {
                "description": _("The EU contribution and the national co-financing must add up to the total."),
                "fields": ["currency", "total_budget", "eu_contribution", "national_cofinancing"],
            },
        ),
        (_("Organisations"), {"fields": ["lead_organisation", "partners"]}),
        (
            _("Content"),
            {"fields": ["summary", "objectives", "target_groups_description", "activities", "expected_results"]},
        ),
        (_("Record"), {"fields": ["created_at", "updated_at"]}),
    ]


class CuratedTermAdmin(LabelledListEditableMixin, TranslatedAdmin):
    list_display = ["name", "position"]
    list_editable = ["position"]
    search_fields = ["name_bg", "name_en"]


admin.site.register(Theme, CuratedTermAdmin)
admin.site.register(TargetGroup, CuratedTermAdmin)


@admin.register(Profile)
class ProfileAdmin(AutocompleteMixin, admin.ModelAdmin):
    list_display = ["display_name", "user", "organisation"]
    list_select_related = ["user", "organisation"]
    search_fields = ["display_name", "user__email"]
    autocomplete_fields = ["organisation"]
    readonly_fields = ["user", "created_at", "updated_at"]
