"""The admin pages a user may open, for the tests that visit them all (axe in Chromium, the Nu HTML checker)."""

from django.contrib import admin
from django.test import RequestFactory
from django.urls import reverse

from core import roles


def admin_pages(user):
    """The admin index, every list, add form and change form (of the first row) `user` may open, and the
    moderation queue for a moderator."""
    request = RequestFactory().get(reverse("admin:index"))
    request.user = user
    pages = [reverse("admin:index")]
    for model, model_admin in admin.site._registry.items():
        if not model_admin.has_view_or_change_permission(request):
            continue
        name = f"admin:{model._meta.app_label}_{model._meta.model_name}"
        pages.append(reverse(f"{name}_changelist"))
        if model_admin.has_add_permission(request):
            pages.append(reverse(f"{name}_add"))
        first = model_admin.get_queryset(request).first()
        if first is not None and model_admin.has_view_or_change_permission(request, first):
            pages.append(reverse(f"{name}_change", args=[first.pk]))
    if roles.is_moderator(user):
        pages.append(reverse("forum:moderation-queue"))
    return list(dict.fromkeys(pages))
