"""The unread notification count in every signed-in page's header, kept in the cache (core.personal) until the
user's notifications change: receivers.py forgets it when a notification is saved or deleted, and the services that
write notifications with `bulk_create()` or `update()` forget it for the users they wrote for."""

from core.personal import PersonalFact
from forum.models import Notification


def _count_unread(user):
    return Notification.objects.unread().filter(recipient=user).count()


unread_notification_count = PersonalFact("unread-notifications", _count_unread)
