"""The sign-in backends (Django's and allauth's), loading the signed-in user with their profile in one query.

Every signed-in page shows the user's display name in its header, so the profile is read on every request; Django's
backends read the user alone and left the profile to a second query. Both are then kept in the cache with what
core.personal remembers about the user, and read in one cache round trip; receivers.py forgets them when the user or
their profile is saved or deleted. A session remembers the backend that signed it in, so both backends the
site signs in with are here (settings.AUTHENTICATION_BACKENDS names these).
"""

from allauth.account.auth_backends import AuthenticationBackend
from django.contrib.auth import backends, get_user_model

from core import personal


class WithProfile:
    def get_user(self, user_id):
        user = personal.signed_in_user(user_id, _with_profile)
        if user is None or not self.user_can_authenticate(user):
            return None
        return user


def _with_profile(user_id):
    user_model = get_user_model()
    return user_model._default_manager.select_related("profile").filter(pk=user_id).first()


class ModelBackend(WithProfile, backends.ModelBackend):
    """Django's username and password backend (the test client's `login`, `createsuperuser` users)."""


class AccountBackend(WithProfile, AuthenticationBackend):
    """allauth's e-mail and password backend, which the sign-in page uses."""
