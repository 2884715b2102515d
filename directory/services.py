"""Writes of the site shell: profiles and roles."""

from django.conf import settings
from django.db import transaction

from core import roles
from directory.models import Profile


def ensure_profile(*, user, language=None, display_name=""):
    """Return the user's profile, creating it with `display_name` (the name typed at sign-up), else a name taken
    from the e-mail's local part.

    A new profile's e-mail language is `language` (the page's language at sign-up), else the site's default.
    """
    default_name = display_name.strip() or (user.email or user.get_username()).split("@")[0]
    defaults = {"display_name": default_name[:120]}
    if language in dict(settings.LANGUAGES):
        defaults["language"] = language
    profile, _created = Profile.objects.get_or_create(user=user, defaults=defaults)
    return profile


def update_profile(*, profile, display_name, organisation, bio, avatar=None, language=None):
    """Save the edited profile. `avatar` is a new upload, False to remove the picture, or None to keep it.

    `language` is the language of the user's e-mails; None keeps it.

    A replaced or removed picture file is deleted once the change is committed.
    """
    with transaction.atomic():
        profile.display_name = display_name
        profile.organisation = organisation
        profile.bio = bio
        if language is not None:
            profile.language = language
        if avatar is not None and profile.avatar:
            old_file = profile.avatar
            transaction.on_commit(lambda: old_file.storage.delete(old_file.name))
        if avatar is False:
            profile.avatar = ""
        elif avatar is not None:
            profile.avatar = avatar
        profile.save()
    return profile


def welcome_verified_user(*, user):
    """A verified e-mail makes a participant: the user joins the Participant group."""
    ensure_profile(user=user)
    return roles.assign_role(user=user, role=roles.PARTICIPANT)
