from .categories import Category
from .discussions import Discussion, ReadMarker
from .moderation import Flag, ModerationLog
from .notifications import Notification, NotificationPreference
from .posts import Post, PostRevision

__all__ = [
    "Category",
    "Discussion",
    "Flag",
    "ModerationLog",
    "Notification",
    "NotificationPreference",
    "Post",
    "PostRevision",
    "ReadMarker",
]
