"""The moderation queue in the admin: every action goes through the services and is logged; nothing is deleted."""

from django.contrib import admin, messages
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from core.admin import LabelledListEditableMixin, TranslatedAdmin
from forum import services
from forum.enums import FlagOutcome
from forum.models import Category, Discussion, Flag, ModerationLog, Post, PostRevision

ADMIN_REASON = _("Done in the administration")


class NoDeleteMixin:
    """Moderation hides and resolves; it never deletes what people wrote."""

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Category)
class CategoryAdmin(LabelledListEditableMixin, TranslatedAdmin):
    list_display = ["name", "slug", "position"]
    list_editable = ["position"]
    search_fields = ["name_bg", "name_en"]


@admin.register(Discussion)
class DiscussionAdmin(NoDeleteMixin, admin.ModelAdmin):
    list_display = ["__str__", "category", "is_pinned", "is_locked", "post_count", "last_activity_at"]
    # Only the kinds of content that have comments, not every model of the site (with its raw English name).
    list_filter = ["category", "is_pinned", "is_locked", ("content_type", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["category", "content_type"]
    search_fields = ["title"]
    readonly_fields = [
        "category",
        "title",
        "author",
        "content_type",
        "object_id",
        "is_locked",
        "is_pinned",
        "created_at",
        "last_activity_at",
        "last_post",
        "post_count",
    ]
    actions = ["lock_threads", "unlock_threads", "pin_threads", "unpin_threads"]

    def has_add_permission(self, request):
        return False

    def _apply(self, request, queryset, service, done):
        for discussion in queryset:
            service(discussion=discussion, moderator=request.user, reason=str(ADMIN_REASON))
        self.message_user(request, done, messages.SUCCESS)

    @admin.action(description=_("Lock the selected discussions"), permissions=["change"])
    def lock_threads(self, request, queryset):
        self._apply(request, queryset, services.lock_thread, _("Locked."))

    @admin.action(description=_("Unlock the selected discussions"), permissions=["change"])
    def unlock_threads(self, request, queryset):
        self._apply(request, queryset, services.unlock_thread, _("Unlocked."))

    @admin.action(description=_("Pin the selected threads"), permissions=["change"])
    def pin_threads(self, request, queryset):
        self._apply(request, queryset, services.pin_thread, _("Pinned."))

    @admin.action(description=_("Unpin the selected threads"), permissions=["change"])
    def unpin_threads(self, request, queryset):
        self._apply(request, queryset, services.unpin_thread, _("Unpinned."))

    def get_actions(self, request):
        """One "move to" action per category (there are a handful), each logged by `move_thread`."""
        actions = super().get_actions(request)
        if not self.has_change_permission(request):
            return actions
        for category in Category.objects.all():

            def move(modeladmin, request, queryset, category=category):
                for discussion in queryset.threads():
                    services.move_thread(
                        discussion=discussion, moderator=request.user, category=category, reason=str(ADMIN_REASON)
                    )
                modeladmin.message_user(request, _("Moved."), messages.SUCCESS)

            name = f"move_to_{category.pk}"
            actions[name] = (move, name, _("Move the selected threads to “%(category)s”") % {"category": category})
        return actions


class PostRevisionInline(admin.TabularInline):
    model = PostRevision
    extra = 0
    can_delete = False
    readonly_fields = ["created_at", "edited_by", "body"]
    fields = readonly_fields

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Post)
class PostAdmin(NoDeleteMixin, admin.ModelAdmin):
    list_display = ["excerpt", "author", "discussion", "created_at", "is_hidden", "is_held"]
    list_filter = ["is_hidden", "is_held", "created_at"]
    list_select_related = ["author", "discussion__category"]
    search_fields = ["body", "author__username", "author__email"]
    date_hierarchy = "created_at"
    readonly_fields = [
        "discussion",
        "author",
        "body",
        "reply_to",
        "anchor_seconds",
        "created_at",
        "edited_at",
        "is_held",
        "is_hidden",
        "hidden_by",
        "hidden_at",
        "hidden_reason",
    ]
    exclude = ["body_html"]
    inlines = [PostRevisionInline]
    actions = ["hide_posts", "restore_posts", "approve_posts"]

    def has_add_permission(self, request):
        return False

    @admin.display(description=_("text"))
    def excerpt(self, post):
        return Truncator(post.body).chars(80)

    @admin.action(description=_("Hide the selected posts"), permissions=["change"])
    def hide_posts(self, request, queryset):
        for post in queryset.select_related("discussion").filter(is_hidden=False):
            services.hide_post(post=post, moderator=request.user, reason=str(ADMIN_REASON))
        self.message_user(request, _("Hidden."), messages.SUCCESS)

    @admin.action(description=_("Restore the selected posts"), permissions=["change"])
    def restore_posts(self, request, queryset):
        for post in queryset.select_related("discussion").filter(is_hidden=True):
            services.restore_post(post=post, moderator=request.user, reason=str(ADMIN_REASON))
        self.message_user(request, _("Restored."), messages.SUCCESS)

    @admin.action(description=_("Approve the selected held posts"), permissions=["change"])
    def approve_posts(self, request, queryset):
        for post in queryset.select_related("discussion").filter(is_held=True):
            services.approve_post(post=post, moderator=request.user)
        self.message_user(request, _("Approved."), messages.SUCCESS)


@admin.register(Flag)
class FlagAdmin(NoDeleteMixin, admin.ModelAdmin):
    list_display = ["__str__", "reporter", "created_at", "resolved_at", "outcome"]
    list_filter = [("resolved_at", admin.EmptyFieldListFilter), "reason", "outcome"]
    list_select_related = ["post__author", "reporter"]
    search_fields = ["text", "post__body"]
    readonly_fields = ["post", "reporter", "reason", "text", "created_at", "resolved_by", "resolved_at", "outcome"]
    actions = ["hide_flagged_posts", "dismiss_flags"]

    def has_add_permission(self, request):
        return False

    def _resolve(self, request, queryset, outcome):
        for flag in queryset.open().select_related("post__discussion"):
            services.resolve_flag(flag=flag, moderator=request.user, outcome=outcome, reason=str(ADMIN_REASON))
        self.message_user(request, _("Resolved."), messages.SUCCESS)

    @admin.action(description=_("Hide the flagged posts"), permissions=["change"])
    def hide_flagged_posts(self, request, queryset):
        self._resolve(request, queryset, FlagOutcome.HIDDEN)

    @admin.action(description=_("Dismiss the selected flags"), permissions=["change"])
    def dismiss_flags(self, request, queryset):
        self._resolve(request, queryset, FlagOutcome.DISMISSED)


@admin.register(ModerationLog)
class ModerationLogAdmin(NoDeleteMixin, admin.ModelAdmin):
    list_display = ["created_at", "moderator", "action", "discussion", "reason"]
    list_filter = ["action", "created_at"]
    list_select_related = ["moderator", "discussion"]
    search_fields = ["reason", "moderator__username"]
    readonly_fields = ["created_at", "moderator", "action", "discussion", "post", "reason"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
