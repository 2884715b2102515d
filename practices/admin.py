from django.contrib import admin, messages
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from core.admin import URL_FIELDS, AutocompleteMixin, CountryInUseFilter, TranslatedAdmin
from practices import services
from practices.models import COMPLETE_THRESHOLD, Document, Practice


class ReviewedFilter(admin.SimpleListFilter):
    title = _("review")
    parameter_name = "reviewed"

    def lookups(self, request, model_admin):
        return [("yes", _("Reviewed")), ("no", _("Not reviewed"))]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.reviewed()
        if self.value() == "no":
            return queryset.filter(reviewed_at__isnull=True)
        return queryset


class CompletenessFilter(admin.SimpleListFilter):
    title = _("completeness")
    parameter_name = "complete"

    def lookups(self, request, model_admin):
        return [("yes", _("Complete")), ("no", _("Incomplete"))]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.complete()
        if self.value() == "no":
            return queryset.filter(~Q(completeness__gte=COMPLETE_THRESHOLD))
        return queryset


class DocumentInline(AutocompleteMixin, admin.TabularInline):
    model = Document.practices.through
    autocomplete_fields = ["document"]
    extra = 1
    verbose_name = _("attached document")
    verbose_name_plural = _("attached documents")


@admin.register(Practice)
class PracticeAdmin(AutocompleteMixin, TranslatedAdmin):
    list_display = ["title", "country", "transfer_stage", "status", "completeness", "reviewed_at", "published_at"]
    list_filter = [
        "status",
        CountryInUseFilter,
        "transfer_stage",
        "themes",
        "target_groups",
        ReviewedFilter,
        CompletenessFilter,
    ]
    search_fields = ["title_bg", "title_en", "summary_bg", "summary_en", "slug"]
    list_select_related = ["source_organisation"]
    autocomplete_fields = ["source_organisation", "partners", "project", "themes", "target_groups"]
    readonly_fields = ["completeness", "published_at", "created_at", "updated_at"]
    inlines = [DocumentInline]
    formfield_overrides = URL_FIELDS
    actions = ["publish", "mark_reviewed"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "summary", "status", "transfer_stage"]}),
        (
            _("The case"),
            {
                "description": _("Markdown is allowed in these fields."),
                "fields": ["description", "problem", "how_it_works", "results", "resources", "transfer_potential"],
            },
        ),
        (
            _("Adaptation for Bulgaria"),
            {
                "fields": [
                    "adaptation_preconditions",
                    "adaptation_legal_funding",
                    "adaptation_changes",
                    "adaptation_barriers",
                    "adaptation_first_steps",
                    "adaptation_bulgarian_experience",
                ]
            },
        ),
        (
            _("Origin and links"),
            {
                "fields": [
                    "country",
                    "region",
                    "source_organisation",
                    "partners",
                    "project",
                    "themes",
                    "target_groups",
                    "tags",
                ]
            },
        ),
        (_("Cover image"), {"fields": ["cover_image", "cover_alt", "cover_credit"]}),
        (
            _("Contact and dates"),
            {"fields": ["contact_name", "contact_email", "contact_url", "started_on", "ended_on"]},
        ),
        (
            _("Review"),
            {"fields": ["reviewed_by", "reviewed_at", "completeness", "published_at", "created_at", "updated_at"]},
        ),
    ]

    def save_model(self, request, obj, form, change):
        services.save_practice(practice=obj, cover_changed="cover_image" in form.changed_data)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        services.update_practice_completeness(practice=form.instance)

    @admin.action(description=_("Publish the selected practices"))
    def publish(self, request, queryset):
        count = services.publish_practices(practices=queryset)
        self.message_user(
            request,
            ngettext("%(count)d practice published.", "%(count)d practices published.", count) % {"count": count},
            messages.SUCCESS,
        )

    @admin.action(description=_("Mark the selected practices as reviewed by me"))
    def mark_reviewed(self, request, queryset):
        count = services.review_practices(practices=queryset, reviewer=request.user)
        self.message_user(
            request,
            ngettext("%(count)d practice marked as reviewed.", "%(count)d practices marked as reviewed.", count)
            % {"count": count},
            messages.SUCCESS,
        )


@admin.register(Document)
class DocumentAdmin(AutocompleteMixin, TranslatedAdmin):
    list_display = ["title", "document_type", "language", "publisher", "publication_date", "status", "download_count"]
    list_filter = ["status", "document_type", "language", "themes"]
    search_fields = ["title_bg", "title_en", "description_bg", "description_en", "slug"]
    list_select_related = ["publisher"]
    autocomplete_fields = ["publisher", "project", "themes", "practices", "original"]
    readonly_fields = ["file_format", "file_size", "download_count", "created_at", "updated_at"]
    formfield_overrides = URL_FIELDS
    fields = [
        "title",
        "slug",
        "description",
        "status",
        "document_type",
        "language",
        "original",
        "file",
        "external_url",
        "page_count",
        "publisher",
        "project",
        "publication_date",
        "themes",
        "tags",
        "practices",
        "file_format",
        "file_size",
        "download_count",
    ]

    def save_model(self, request, obj, form, change):
        services.save_document(document=obj)
