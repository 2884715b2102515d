"""Writes about people: profiles, roles, consents and the erasure of an account."""

from importlib import import_module

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.db import transaction
from django.utils import timezone

from core import privacy, roles
from directory.models import Consent, Profile


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


def record_consent(*, user, purpose):
    """Record that `user` gave their consent for `purpose` now."""
    return Consent.objects.create(user=user, purpose=purpose)


def delete_account(*, user):
    """Erase `user`'s account: each app erases its data (`core.privacy.ACCOUNT_ERASERS`) and hands what others
    rely on (posts in threads) to the "former member" placeholder; then the profile, e-mail addresses,
    authenticators, consents and the user row go, and after commit the picture file and every session of the user.

    In one transaction: if anything still refers to the user (a protected row no eraser handled), nothing is erased.
    """
    with transaction.atomic():
        privacy.erase_personal_data(user=user, former_member=privacy.former_member())
        profile = Profile.objects.filter(user=user).first()
        if profile is not None and profile.avatar:
            avatar = profile.avatar
            transaction.on_commit(lambda: avatar.storage.delete(avatar.name))
        session_keys = _session_keys_of(user)
        transaction.on_commit(lambda: _end_sessions(session_keys))
        EmailAddress.objects.filter(user=user).delete()
        user.delete()


def _session_store():
    return import_module(settings.SESSION_ENGINE).SessionStore


def _session_keys_of(user):
    """The keys of the stored sessions signed in as `user` (database-backed session engines; others keep none)."""
    store = _session_store()
    if not hasattr(store, "get_model_class"):
        return []
    keys = []
    for session in store.get_model_class().objects.filter(expire_date__gt=timezone.now()).iterator():
        if store().decode(session.session_data).get(SESSION_KEY) == str(user.pk):
            keys.append(session.session_key)
    return keys


def _end_sessions(session_keys):
    store = _session_store()
    for key in session_keys:
        store(session_key=key).delete()
