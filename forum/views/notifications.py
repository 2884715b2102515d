"""In-site notifications, the e-mail preference and the one-click unsubscribe link."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.mixins import LoginRequiredMixin
from django.contrib.contenttypes.models import ContentType
from django.core import signing
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from django.views.generic import ListView

from core.follows import followed_objects, unfollow
from core.lists import FilteredListMixin
from forum import services
from forum.enums import DigestFrequency
from forum.forms import NotificationPreferenceForm
from forum.models import Notification, NotificationPreference
from forum.tokens import read_unsubscribe_token


class NotificationListView(LoginRequiredMixin, FilteredListMixin, ListView):
    template_name = "forum/notification_list.html"
    context_object_name = "notifications"
    paginate_by = 30

    def get_queryset(self):
        return Notification.objects.filter(recipient=self.request.user).with_objects()


@login_required
@require_POST
def notifications_mark_read(request):
    """Mark every notification as read."""
    services.mark_all_notifications_read(user=request.user)
    messages.success(request, _("All notifications are marked as read."))
    return redirect("forum:notification-list")


@login_required
def notification_settings(request):
    """What the reader follows (each with a button to stop) and how often they want e-mail about it."""
    preference = NotificationPreference.objects.filter(user=request.user).first()
    form = NotificationPreferenceForm(request.POST or None, instance=preference)
    if request.method == "POST" and form.is_valid():
        services.set_digest_frequency(user=request.user, frequency=form.cleaned_data["frequency"])
        messages.success(request, _("Your e-mail preference is saved."))
        return redirect("forum:notification-settings")
    return render(
        request,
        "forum/notification_settings.html",
        {"form": form, "followed": followed_objects(request.user)},
        status=400 if form.errors else 200,
    )


@csrf_exempt  # mail clients send RFC 8058 one-click POSTs without a CSRF token; the signed token is the proof
def unsubscribe(request, token):
    """Stop following one object (or stop all e-mail about what one follows) from a signed link, without signing in.

    GET only shows what the link would do and a button (mail scanners follow links); the POST of that button, or a
    mail client's RFC 8058 one-click POST, unsubscribes. Expired, forged or reset links get a page that says so.
    """
    try:
        user, followed = read_unsubscribe_token(token)
    except signing.BadSignature:
        return render(request, "forum/unsubscribe_invalid.html", status=400)
    target = None
    if followed is not None:
        content_type = ContentType.objects.filter(pk=followed[0]).first()
        model = content_type.model_class() if content_type else None
        target = model._default_manager.filter(pk=followed[1]).first() if model else None
        if target is None:
            raise Http404
    if request.method != "POST":
        return render(request, "forum/unsubscribe_confirm.html", {"target": target})
    if target is not None:
        unfollow(user=user, target=target)
    else:
        services.set_digest_frequency(user=user, frequency=DigestFrequency.NONE)
    return render(request, "forum/unsubscribed.html", {"target": target})
