from datetime import timedelta

from django.contrib import admin, messages
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from core.admin import AutocompleteMixin, TranslatedAdmin
from enquiries import services
from enquiries.enums import EnquiryStatus
from enquiries.models import Enquiry, PublicAnswer


class WaitingFilter(admin.SimpleListFilter):
    """Open enquiries (not answered yet) by how long ago their address was confirmed."""

    title = _("open for")
    parameter_name = "open_for"
    SPANS = {"week": (0, 7), "month": (7, 28), "older": (28, None)}

    def lookups(self, request, model_admin):
        return [
            ("week", _("less than a week")),
            ("month", _("one to four weeks")),
            ("older", _("more than four weeks")),
        ]

    def queryset(self, request, queryset):
        if self.value() not in self.SPANS:
            return queryset
        least, most = self.SPANS[self.value()]
        now = timezone.now()
        queryset = queryset.exclude(status=EnquiryStatus.ANSWERED).filter(confirmed_at__lte=now - timedelta(days=least))
        return queryset if most is None else queryset.filter(confirmed_at__gt=now - timedelta(days=most))


@admin.register(Enquiry)
class EnquiryAdmin(AutocompleteMixin, admin.ModelAdmin):
    """Moderators read confirmed enquiries, assign each to a partner organisation and prepare public versions."""

    list_display = ["__str__", "status", "organisation", "oblast", "created_at"]
    list_filter = ["status", WaitingFilter, "oblast"]
    list_select_related = ["organisation"]
    search_fields = ["question", "municipality"]
    autocomplete_fields = ["organisation"]
    actions = ["prepare_public_version"]
    readonly_fields = [
        "question",
        "name",
        "email",
        "language",
        "oblast",
        "municipality",
        "status",
        "created_at",
        "confirmed_at",
        "assigned_at",
        "answer",
        "answered_by",
        "answered_at",
    ]
    fieldsets = [
        (None, {"fields": ["question", "name", "email", "language", "oblast", "municipality", "status", "created_at"]}),
        (
            _("Assignment"),
            {
                "fields": ["organisation", "assigned_at"],
                "description": _(
                    "Choose the partner organisation whose members answer; they and the enquirer are told."
                ),
            },
        ),
        (_("Answer"), {"fields": ["answer", "answered_by", "answered_at", "confirmed_at"]}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).confirmed()

    def has_add_permission(self, request):
        return False

    def save_model(self, request, obj, form, change):
        if "organisation" in form.changed_data and obj.organisation is not None:
            services.assign(enquiry=obj, organisation=obj.organisation)
        else:
            super().save_model(request, obj, form, change)

    @admin.action(description=_("Prepare a public version of the answer"))
    def prepare_public_version(self, request, queryset):
        for enquiry in queryset.filter(status=EnquiryStatus.ANSWERED):
            draft = services.draft_public_answer(enquiry=enquiry)
            link = reverse("admin:enquiries_publicanswer_change", args=[draft.pk])
            message = _("Draft public version: take out what identifies the enquirer, then publish it.")
            self.message_user(request, format_html('<a href="{}">{}</a>', link, message), messages.SUCCESS)


@admin.register(PublicAnswer)
class PublicAnswerAdmin(TranslatedAdmin):
    list_display = ["title", "is_published", "published_at", "oblast"]
    list_filter = ["is_published", "oblast"]
    search_fields = ["title_bg", "title_en"]
    readonly_fields = ["enquiry", "published_at", "created_at", "updated_at"]
    fields = ["title", "slug", "question", "answer", "oblast", "is_published", *readonly_fields]

    def has_add_permission(self, request):
        return False  # a public version starts from an answered enquiry (its action)

    def save_model(self, request, obj, form, change):
        if obj.is_published and obj.published_at is None:
            obj.published_at = timezone.now()
        super().save_model(request, obj, form, change)
