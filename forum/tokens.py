"""Signed tokens for the unsubscribe links in e-mails (no sign-in needed), through directory.tokens: they carry
their purpose, expire after UNSUBSCRIBE_MAX_AGE and stop working when the user resets their private links."""

from datetime import timedelta

from django.contrib.contenttypes.models import ContentType

from directory.tokens import make_token, read_token

PURPOSE = "forum-unsubscribe"
UNSUBSCRIBE_MAX_AGE = timedelta(days=180)


def make_unsubscribe_token(*, user, target=None):
    """A token that stops `user` following `target` (a thread, a practice, an event, ...), or stops all e-mail
    about what they follow when no target is given."""
    if target is None:
        return make_token(user=user, purpose=PURPOSE, f=None)
    content_type = ContentType.objects.get_for_model(target)
    return make_token(user=user, purpose=PURPOSE, f=[content_type.pk, target.pk])


def read_unsubscribe_token(token):
    """(user, (content type id, object id) or None); raises signing.BadSignature for anything forged, damaged,
    expired or reset."""
    user, data = read_token(token, purpose=PURPOSE, max_age=UNSUBSCRIBE_MAX_AGE)
    followed = data.get("f")
    return user, tuple(followed) if followed else None
