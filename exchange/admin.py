from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _

from core.admin import AutocompleteMixin, TranslatedAdmin
from exchange import services
from exchange.models import Listing, Match


@admin.register(Listing)
class ListingAdmin(AutocompleteMixin, TranslatedAdmin):
    """Moderators correct the wording and hide listings; what was offered or needed, and where, stays the poster's,
    and moderation never deletes."""

    list_display = [
        "title",
        "kind",
        "category",
        "oblast",
        "is_remote",
        "organisation",
        "author",
        "created_at",
        "hidden_at",
    ]
    list_filter = ["kind", "category", "oblast", "is_remote", ("hidden_at", admin.EmptyFieldListFilter)]
    list_select_related = ["organisation", "author"]
    search_fields = ["title_bg", "title_en", "description_bg", "description_en", "municipality"]
    date_hierarchy = "created_at"
    readonly_fields = [
        "kind",
        "category",
        "oblast",
        "author",
        "organisation",
        "created_at",
        "updated_at",
        "hidden_at",
        "hidden_by",
    ]
    fields = ["title", "slug", "description", "municipality", "is_remote", "contact", "hidden_reason", *readonly_fields]
    actions = ["hide_listings", "restore_listings"]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.action(description=_("Hide the selected offers and needs"), permissions=["change"])
    def hide_listings(self, request, queryset):
        for listing in queryset.filter(hidden_at__isnull=True):
            services.hide_listing(listing=listing, moderator=request.user, reason=listing.hidden_reason)
        self.message_user(request, _("Hidden."), messages.SUCCESS)

    @admin.action(description=_("Show the selected offers and needs again"), permissions=["change"])
    def restore_listings(self, request, queryset):
        for listing in queryset.filter(hidden_at__isnull=False):
            services.restore_listing(listing=listing, moderator=request.user)
        self.message_user(request, _("Shown again."), messages.SUCCESS)


@admin.register(Match)
class MatchAdmin(admin.ModelAdmin):
    """What the matching found and which matches were taken up; read only, the two sides mark them on the site."""

    list_display = ["__str__", "created_at", "taken_up_at"]
    list_filter = [("taken_up_at", admin.EmptyFieldListFilter), "offer__category"]
    list_select_related = ["offer", "need"]
    search_fields = ["offer__title_bg", "offer__title_en", "need__title_bg", "need__title_en"]
    readonly_fields = ["offer", "need", "created_at", "taken_up_at", "taken_up_by"]
    fields = readonly_fields

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
