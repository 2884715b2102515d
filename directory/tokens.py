"""Private links that stand in for signing in (unsubscribe from e-mail, a personal calendar feed).

Each token names its purpose (signed with a salt per purpose, so an unsubscribe token never opens a calendar) and
the moment it was made. `rotate_links` (from the profile page) records a reset time: every link of every purpose
made before it stops working. Making a token reads nothing from the database, so pages that show a private link
cost no query. `read_token` takes a `max_age` where a link should expire.
"""

import time

from django.contrib.auth import get_user_model
from django.core import signing
from django.utils import timezone

from directory.models import Profile
from directory.services import ensure_profile

SALT = "directory.tokens"


def make_token(*, user, purpose, **data):
    """A signed token for `user` and `purpose`, holding `data` (small JSON values) and when it was made."""
    return signing.dumps({"u": user.pk, "t": time.time(), **data}, salt=f"{SALT}.{purpose}", compress=True)


def read_token(token, *, purpose, max_age=None):
    """(user, data) for a token made for `purpose`; raises signing.BadSignature (SignatureExpired past `max_age`)
    for anything forged, damaged, made for another purpose, for a missing user or before the links were reset."""
    data = signing.loads(token, salt=f"{SALT}.{purpose}", max_age=max_age)
    user = get_user_model().objects.filter(pk=data.pop("u"), is_active=True).first()
    if user is None:
        raise signing.BadSignature("The account is gone.")
    made_at = data.pop("t")
    reset_at = Profile.objects.filter(user=user).values_list("links_reset_at", flat=True).first()
    if reset_at is not None and made_at <= reset_at.timestamp():
        raise signing.BadSignature("The private links were reset after this one was made.")
    return user, data


def rotate_links(*, user):
    """Retire every private link of `user` made until now (new ones work at once)."""
    profile = ensure_profile(user=user)
    profile.links_reset_at = timezone.now()
    profile.save(update_fields=["links_reset_at"])
    return profile
