"""Private links that stand in for signing in (unsubscribe from e-mail, a personal calendar feed).

Each token names its purpose (signed with a salt per purpose, so an unsubscribe token never opens a calendar) and
carries the user's current link key (`Profile.link_key`): `rotate_links` changes the key from the profile page,
and every older link of every purpose stops working. `read_token` takes a `max_age` in seconds where a link
should expire.
"""

import secrets

from django.contrib.auth import get_user_model
from django.core import signing

from directory.models import Profile
from directory.services import ensure_profile

SALT = "directory.tokens"


def _link_key(user_id):
    return Profile.objects.filter(user_id=user_id).values_list("link_key", flat=True).first() or ""


def make_token(*, user, purpose, **data):
    """A signed, timestamped token for `user` and `purpose`, holding `data` (small JSON values)."""
    return signing.dumps({"u": user.pk, "k": _link_key(user.pk), **data}, salt=f"{SALT}.{purpose}", compress=True)


def read_token(token, *, purpose, max_age=None):
    """(user, data) for a token made for `purpose`; raises signing.BadSignature (SignatureExpired past `max_age`)
    for anything forged, damaged, made for another purpose, for a missing user or before the links were reset."""
    data = signing.loads(token, salt=f"{SALT}.{purpose}", max_age=max_age)
    user = get_user_model().objects.filter(pk=data.pop("u"), is_active=True).first()
    if user is None or data.pop("k") != _link_key(user.pk):
        raise signing.BadSignature("The link was reset or its account is gone.")
    return user, data


def rotate_links(*, user):
    """Give `user` a new link key: every private link made before stops working."""
    profile = ensure_profile(user=user)
    profile.link_key = secrets.token_urlsafe(16)[:32]
    profile.save(update_fields=["link_key"])
    return profile
