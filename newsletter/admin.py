from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from modeltranslation.admin import TranslationStackedInline

from core.admin import TranslatedAdmin
from core.newsletter import content_kinds
from core.roles import is_moderator
from newsletter import composing, sending
from newsletter.models import Delivery, Issue, IssueBlock, Subscriber
from newsletter.queries import issue_blocks, progress
from newsletter.rendering import IssueRenderer


class IssueBlockInline(TranslationStackedInline):
    model = IssueBlock
    extra = 0
    fields = ["position", "kind", "title", "summary", "url", "themes", "countries"]

    def has_add_permission(self, request, obj=None):
        return super().has_add_permission(request, obj) and (obj is None or obj.is_editable)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and (obj is None or obj.is_editable)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and (obj is None or obj.is_editable)


@admin.register(Issue)
class IssueAdmin(TranslatedAdmin):
    list_display = ["subject", "status", "audience", "scheduled_at", "sent_at"]
    list_filter = ["status", "audience"]
    search_fields = ["subject_bg", "subject_en"]
    readonly_fields = ["status", "started_at", "sent_at", "created_by"]
    fieldsets = [
        (None, {"fields": ["subject", "introduction", "audience", "scheduled_at"]}),
        (
            gettext_lazy("Sending"),
            {
                "fields": readonly_fields,
                "description": gettext_lazy(
                    "Save the issue, check the previews and a test e-mail, then schedule it or send it now."
                ),
            },
        ),
    ]
    inlines = [IssueBlockInline]
    change_form_template = "newsletter/admin/issue_change_form.html"

    def get_readonly_fields(self, request, obj=None):
        readonly = super().get_readonly_fields(request, obj)
        if obj is not None and not obj.is_editable:
            return [*readonly, "subject_bg", "subject_en", "introduction_bg", "introduction_en", "audience"]
        return readonly

    def save_model(self, request, obj, form, change):
        if obj.created_by_id is None:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)

    def get_urls(self):
        def view(function, name):
            return path(f"<int:pk>/{name}/", self.admin_site.admin_view(function), name=f"newsletter_issue_{name}")

        return [
            view(self.fill_view, "fill"),
            view(self.send_test_view, "send-test"),
            view(self.send_view, "send"),
            view(self.schedule_view, "schedule"),
            view(self.progress_view, "progress"),
            path(
                "<int:pk>/preview/<str:language>/<str:part>/",
                self.admin_site.admin_view(self.preview_view),
                name="newsletter_issue_preview",
            ),
            *super().get_urls(),
        ]

    def issue_for(self, request, pk, *, editing):
        """The issue, if the user may see it (and, when `editing`, a moderator may still change it)."""
        issue = get_object_or_404(Issue, pk=pk)
        if not self.has_view_permission(request, issue):
            raise PermissionDenied
        if editing and not (is_moderator(request.user) and self.has_change_permission(request, issue)):
            raise PermissionDenied
        return issue

    def back(self, issue):
        return redirect(reverse("admin:newsletter_issue_change", args=[issue.pk]))

    def change_view(self, request, object_id, form_url="", extra_context=None):
        issue = Issue.objects.filter(pk=object_id).first()
        extra = {}
        if issue is not None:
            extra = {
                "progress": progress(issue),
                "languages": settings.LANGUAGES,
                "issue_editable": issue.is_editable,
            }
        return super().change_view(request, object_id, form_url, {**extra, **(extra_context or {})})

    def fill_view(self, request, pk):
        issue = self.issue_for(request, pk, editing=True)
        if request.method == "POST" and issue.is_editable:
            added = composing.fill_blocks(issue=issue)
            messages.success(request, _("%(count)d blocks added from new content.") % {"count": len(added)})
        return self.back(issue)

    def preview_view(self, request, pk, language, part):
        """The issue in one language with every block, as the HTML or the plain-text part of the e-mail."""
        issue = self.issue_for(request, pk, editing=False)
        if language not in dict(settings.LANGUAGES) or part not in {"html", "text"}:
            raise Http404
        renderer = IssueRenderer(issue, kind_labels=dict(content_kinds()))
        rendered = renderer.render(language=language, blocks=issue_blocks(issue))
        if part == "html":
            return HttpResponse(rendered.html)
        return HttpResponse(rendered.text, content_type="text/plain; charset=utf-8")

    def send_test_view(self, request, pk):
        issue = self.issue_for(request, pk, editing=True)
        if request.method == "POST":
            composing.send_test(issue=issue, to=request.user.email, kind_labels=dict(content_kinds()))
            messages.success(request, _("A test in each language went to %(email)s.") % {"email": request.user.email})
        return self.back(issue)

    def send_view(self, request, pk):
        issue = self.issue_for(request, pk, editing=True)
        if request.method == "POST" and issue.is_editable:
            sending.start_sending(issue=issue)
            messages.success(request, _("Sending has started; the progress is shown below."))
        return self.back(issue)

    def schedule_view(self, request, pk):
        issue = self.issue_for(request, pk, editing=True)
        if request.method == "POST" and issue.is_editable:
            if issue.scheduled_at is None or issue.scheduled_at <= timezone.now():
                messages.error(request, _("Set a time in the future under “Send at” and save the issue first."))
            else:
                sending.schedule_issue(issue=issue, at=issue.scheduled_at)
                messages.success(request, _("The issue will be sent at the time set."))
        return self.back(issue)

    def progress_view(self, request, pk):
        """Sent / total for the progress bar, read every few seconds while sending."""
        issue = self.issue_for(request, pk, editing=False)
        data = progress(issue)
        data["last_sent_at"] = data["last_sent_at"].isoformat() if data["last_sent_at"] else None
        data["status"] = issue.get_status_display()
        return JsonResponse(data)


@admin.register(Subscriber)
class SubscriberAdmin(admin.ModelAdmin):
    list_display = ["email", "language", "status", "consented_at", "confirmed_at"]
    list_filter = ["status", "language"]
    search_fields = ["email"]
    date_hierarchy = "consented_at"
    readonly_fields = [
        "email",
        "user",
        "consent_text",
        "consented_at",
        "consent_ip",
        "confirmed_at",
        "unsubscribed_at",
        "created_at",
        "updated_at",
    ]
    fields = ["email", "language", "status", "content_types", "themes", "countries", *readonly_fields[1:]]

    def has_add_permission(self, request):
        return False  # an address is only ever added by its owner's double opt-in


@admin.register(Delivery)
class DeliveryAdmin(admin.ModelAdmin):
    list_display = ["subscriber", "issue", "status", "attempts", "sent_at", "error"]
    list_filter = ["status", "issue"]
    list_select_related = ["subscriber", "issue"]
    search_fields = ["subscriber__email"]
    readonly_fields = ["issue", "subscriber", "status", "attempts", "next_attempt_at", "claimed_at", "sent_at", "error"]
    actions = ["mark_bounced"]

    def has_add_permission(self, request):
        return False  # deliveries are made when an issue starts sending

    @admin.action(description=gettext_lazy("Marking as bounced"), permissions=["change"])
    def mark_bounced(self, request, queryset):
        count = sending.mark_bounced(deliveries=queryset)
        messages.success(request, _("%(count)d deliveries marked as bounced.") % {"count": count})
