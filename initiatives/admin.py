from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from core.admin import AutocompleteMixin, TranslatedAdmin
from initiatives import services
from initiatives.models import Call


@admin.register(Call)
class CallAdmin(AutocompleteMixin, TranslatedAdmin):
    """Moderators approve the first calls of an organisation (those awaiting approval) and may hide a call."""

    list_display = ["title", "kind", "organisation", "oblast", "closes_on", "status"]
    list_filter = ["status", "kind", "oblast", "remote_or_small"]
    list_select_related = ["organisation"]
    search_fields = ["title_bg", "title_en", "organisation__name_bg", "organisation__name_en", "municipality"]
    autocomplete_fields = ["organisation", "themes", "target_groups"]
    readonly_fields = ["posted_by", "approved_at", "closed_at", "created_at", "updated_at"]
    actions = ["approve", "hide"]

    @admin.action(description=_("Approve the selected calls"), permissions=["change"])
    def approve(self, request, queryset):
        approved = services.approve_calls(calls=queryset)
        message = ngettext("%(count)d call approved.", "%(count)d calls approved.", approved)
        self.message_user(request, message % {"count": approved}, messages.SUCCESS)

    @admin.action(description=_("Hide the selected calls"), permissions=["change"])
    def hide(self, request, queryset):
        services.hide_calls(calls=queryset)
        self.message_user(request, _("The selected calls are hidden."), messages.SUCCESS)
