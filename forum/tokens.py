"""Signed tokens for the unsubscribe links in e-mails (no sign-in needed), through directory.tokens: they carry
their purpose, expire after UNSUBSCRIBE_MAX_AGE and stop working when the user resets their private links."""

from datetime import timedelta

from directory.tokens import make_token, read_token

PURPOSE = "forum-unsubscribe"
UNSUBSCRIBE_MAX_AGE = timedelta(days=180)


def make_unsubscribe_token(*, user, discussion=None):
    """A token that unsubscribes `user` from `discussion`, or from all forum e-mail when no discussion is given."""
    return make_token(user=user, purpose=PURPOSE, d=discussion.pk if discussion else None)


def read_unsubscribe_token(token):
    """(user, discussion id or None); raises signing.BadSignature for anything forged, damaged, expired or reset."""
    user, data = read_token(token, purpose=PURPOSE, max_age=UNSUBSCRIBE_MAX_AGE)
    return user, data["d"]
