"""Signed tokens for the one-click unsubscribe links in e-mails (no sign-in needed)."""

from django.core import signing

SALT = "forum.unsubscribe"


def make_unsubscribe_token(*, user, discussion=None):
    """A token that unsubscribes `user` from `discussion`, or from all forum e-mail when no discussion is given."""
    return signing.dumps({"u": user.pk, "d": discussion.pk if discussion else None}, salt=SALT, compress=True)


def read_unsubscribe_token(token):
    """(user id, discussion id or None); raises signing.BadSignature for anything forged or damaged."""
    data = signing.loads(token, salt=SALT)
    return data["u"], data["d"]
