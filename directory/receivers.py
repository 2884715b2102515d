"""allauth tells us when accounts change; the services do the work. A saved or deleted user or profile is loaded
afresh on the user's next request (core.personal keeps the signed-in user, auth_backends.py)."""

from allauth.account.signals import email_confirmed, user_signed_up
from django.contrib.auth import get_user_model
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from core import personal
from core.i18n import page_language
from directory import services
from directory.models import Profile


@receiver(user_signed_up, dispatch_uid="portal-profile-on-signup")
def create_profile_on_signup(sender, request, user, **kwargs):
    language = getattr(request, "LANGUAGE_CODE", None) or page_language()
    services.ensure_profile(user=user, language=language)


@receiver(email_confirmed, dispatch_uid="portal-participant-on-confirmation")
def join_participants_on_confirmation(sender, request, email_address, **kwargs):
    services.welcome_verified_user(user=email_address.user)


@receiver(post_save, sender=get_user_model(), dispatch_uid="directory-user-saved")
@receiver(post_delete, sender=get_user_model(), dispatch_uid="directory-user-deleted")
def forget_signed_in_user(sender, instance, **kwargs):
    personal.forget_user(instance.pk)


@receiver(post_save, sender=Profile, dispatch_uid="directory-profile-saved")
@receiver(post_delete, sender=Profile, dispatch_uid="directory-profile-deleted")
def forget_profiles_user(sender, instance, **kwargs):
    personal.forget_user(instance.user_id)
