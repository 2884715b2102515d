"""A signed-in user's unread notifications, counted per discussion and kept in the cache (core.personal) until the
user's notifications change: receivers.py forgets them when a notification is saved or deleted, and the services
that write notifications with `bulk_create()` or `update()` forget them for the users they wrote for.

Every signed-in page's header shows the total; a thread page asks whether the reader has any about that thread
before marking them read, so a visit with nothing to mark runs no query (and the page may be remembered)."""

from django.db.models import Count

from core.personal import PersonalFact
from forum.models import Notification


def _unread(user):
    """The user's unread notifications counted per discussion (None for notices about no discussion)."""
    return (
        Notification.objects.unread()
        .filter(recipient=user)
        .order_by()
        .values("discussion_id")
        .annotate(unread=Count("pk"))
    )


# {discussion id (None for notices about no discussion): unread notifications}.
unread_notifications = PersonalFact(
    "unread-by-discussion", rows=_unread, columns=("discussion_id", "unread"), answer=dict
)


def unread_notification_count(user):
    return sum(unread_notifications(user).values())


def has_unread_about(user, discussion):
    return discussion.pk in unread_notifications(user)
