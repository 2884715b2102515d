from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from core.admin import URL_FIELDS, AutocompleteMixin, CountryInUseFilter, LabelledListEditableMixin, TranslatedAdmin
from directory import membership as memberships
from directory.enums import MembershipRole, MembershipStatus
from directory.models import Membership, Organisation, Profile, Project, TargetGroup, Theme


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


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    """Requests to join and members of organisations. People ask on the organisation's page; moderators decide
    here with the actions (the requester is told by e-mail) and name an organisation's first administrator by
    accepting a request as administrator, or by changing an accepted member's role."""

    list_display = ["user_name", "organisation", "role", "status", "created_at", "decided_at"]
    list_filter = ["status", "role"]
    list_select_related = ["user__profile", "organisation"]
    search_fields = ["organisation__name_bg", "organisation__name_en", "user__profile__display_name", "user__email"]
    fields = ["user", "organisation", "role", "status", "message", "created_at", "decided_at", "decided_by"]
    readonly_fields = ["user", "organisation", "status", "message", "created_at", "decided_at", "decided_by"]
    actions = ["accept", "accept_as_administrators", "decline"]

    def has_add_permission(self, request):
        return False

    @admin.display(description=_("person"), ordering="user__profile__display_name")
    def user_name(self, obj):
        return getattr(getattr(obj.user, "profile", None), "display_name", None) or obj.user.get_username()

    def _decide(self, request, queryset, *, accept, role=None):
        decided = 0
        for membership in queryset.filter(status=MembershipStatus.REQUESTED).select_related("organisation"):
            if role is not None:
                membership.role = role
                membership.save(update_fields=["role", "updated_at"])
            memberships.decide_membership(membership=membership, by=request.user, accept=accept)
            decided += 1
        message = ngettext("%(count)d request decided.", "%(count)d requests decided.", decided)
        self.message_user(request, message % {"count": decided}, messages.SUCCESS)

    @admin.action(description=_("Accept the selected requests"), permissions=["change"])
    def accept(self, request, queryset):
        self._decide(request, queryset, accept=True)

    @admin.action(description=_("Accept the selected requests as administrators"), permissions=["change"])
    def accept_as_administrators(self, request, queryset):
        self._decide(request, queryset, accept=True, role=MembershipRole.ADMIN)

    @admin.action(description=_("Decline the selected requests"), permissions=["change"])
    def decline(self, request, queryset):
        self._decide(request, queryset, accept=False)
