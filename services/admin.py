from django.contrib import admin

from core.admin import URL_FIELDS, AutocompleteMixin, TranslatedAdmin
from services.models import Service


@admin.register(Service)
class ServiceAdmin(AutocompleteMixin, TranslatedAdmin):
    list_display = ["title", "provider", "oblast", "municipality", "is_published"]
    list_filter = ["is_published", "oblast", "target_groups"]
    list_select_related = ["provider"]
    search_fields = ["title_bg", "title_en", "municipality", "provider__name_bg", "provider__name_en"]
    autocomplete_fields = ["provider", "target_groups"]
    formfield_overrides = URL_FIELDS
    readonly_fields = ["created_at", "updated_at"]
    fields = [
        "title",
        "slug",
        "provider",
        "summary",
        "eligibility",
        "target_groups",
        "oblast",
        "municipality",
        "address",
        "phone",
        "email",
        "website",
        "hours",
        "is_published",
        *readonly_fields,
    ]
