"""Moderators and organisers reach the admin only with two-factor sign-in (the admin's sign-in page is allauth's,
see portal/admin.py)."""

from allauth.mfa.utils import is_mfa_enabled
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from core import roles


def needs_two_factor(user):
    """Moderators and organisers must have an authenticator before they work in the admin."""
    return roles.is_moderator(user) or roles.is_organiser(user)


class AdminTwoFactorMiddleware:
    """Send a moderator or organiser without an activated authenticator to set one up before any admin page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith(reverse("admin:index")):
            user = request.user
            if user.is_authenticated and user.is_staff and needs_two_factor(user) and not is_mfa_enabled(user):
                messages.info(
                    request, _("Set up two-factor sign-in with an authenticator app to work in the administration.")
                )
                return redirect("mfa_activate_totp")
        return self.get_response(request)
