"""allauth tells us when accounts change; the services do the work."""

from allauth.account.signals import email_confirmed, user_signed_up
from django.dispatch import receiver

from core.i18n import page_language
from directory import services


@receiver(user_signed_up, dispatch_uid="portal-profile-on-signup")
def create_profile_on_signup(sender, request, user, **kwargs):
    language = getattr(request, "LANGUAGE_CODE", None) or page_language()
    services.ensure_profile(user=user, language=language)


@receiver(email_confirmed, dispatch_uid="portal-participant-on-confirmation")
def join_participants_on_confirmation(sender, request, email_address, **kwargs):
    services.welcome_verified_user(user=email_address.user)
