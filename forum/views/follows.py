"""Following and unfollowing anything declared followable (core.follows), from a button on its page."""

from django.apps import apps
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.follows import follow, followable, is_following, unfollow


def _followed_object(request, app_label, model_name, object_id):
    """The object the button is for: of a followable model, and one the reader may read (a follower may always
    stop following)."""
    try:
        model = apps.get_model(app_label, model_name)
    except LookupError:
        raise Http404 from None
    entry = followable(model)
    if entry is None:
        raise Http404
    target = model._default_manager.filter(pk=object_id).first()
    if target is None:
        raise Http404
    if not entry.readable_by(request.user).filter(pk=target.pk).exists() and not is_following(request.user, target):
        raise Http404
    return target


@login_required
@require_POST
def follow_toggle(request, app_label, model_name, object_id):
    """Follow (follow=1) or stop following (follow=0) an object, then return to its page (or to `next`)."""
    target = _followed_object(request, app_label, model_name, object_id)
    if request.POST.get("follow") == "1":
        follow(user=request.user, target=target)
        messages.success(request, _("You are following this. You will be notified when it changes."))
    else:
        unfollow(user=request.user, target=target)
        messages.success(request, _("You no longer follow this."))
    back = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return redirect(back)
    return redirect(target.get_absolute_url())
