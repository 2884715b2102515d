from allauth.account.decorators import secure_admin_login
from django.contrib import admin
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_tasks_db.admin import DBTaskResultAdmin
from django_tasks_db.models import DBTaskResult

from core.admin import TranslatedAdmin, translation_backlog
from core.roles import is_moderator
from portal.models import SiteSettings

admin.site.site_header = _("Social innovation portal: administration")
admin.site.site_title = _("Social innovation portal")
# The admin's own sign-in would take a password alone; allauth's asks for the second factor too.
admin.site.login = secure_admin_login(admin.site.login)


def _with_translation_backlog(index):
    """The admin index, with what needs translating per language for moderators (core.admin.translation_backlog)."""

    def view(request, extra_context=None):
        context = dict(extra_context or {})
        if is_moderator(request.user):
            context["translation_backlog"] = translation_backlog(admin.site, request)
        return index(request, extra_context=context)

    return view


admin.site.index = _with_translation_backlog(admin.site.index)


@admin.register(SiteSettings)
class SiteSettingsAdmin(TranslatedAdmin):
    """One row of site texts: it can be changed, never added twice or deleted."""

    autocomplete_fields = ["featured_practices"]

    def has_add_permission(self, request):
        return not SiteSettings.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False

    def changelist_view(self, request, extra_context=None):
        return redirect(reverse("admin:portal_sitesettings_change", args=[SiteSettings.load().pk]))


admin.site.unregister(DBTaskResult)


@admin.register(DBTaskResult)
class TaskResultAdmin(DBTaskResultAdmin):
    """django-tasks-db's read-only admin with its columns named in the admin's language (its own are English)."""

    @admin.display(description=_("task"))
    def task_name(self, obj):
        return obj.task_name

    @admin.display(description=_("traceback"))
    def formatted_traceback(self, obj):
        return super().formatted_traceback(obj)

    @admin.display(description=_("run after"))
    def display_run_after(self, obj):
        return super().display_run_after(obj)
