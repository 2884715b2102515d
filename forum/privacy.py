"""What the forum holds about a person: their data export and the erasure of their account (see core.privacy).

A deleted account's posts stay where they were written, body untouched, shown as by "former member"; what
followed the person (notifications, read markers, the e-mail preference) is erased.
"""

from core.absolute import absolute_url
from forum.models import (
    Discussion,
    Flag,
    ModerationLog,
    Notification,
    NotificationPreference,
    Post,
    PostRevision,
    ReadMarker,
)


def _discussion(discussion):
    return str(discussion) if discussion.is_thread else f"#{discussion.pk}"


def export(user):
    """Posts and comments with their text, threads started, flags filed and the e-mail preference (what the person
    follows is core's section)."""
    preference = NotificationPreference.objects.filter(user=user).first()
    return {
        "posts": [
            {
                "url": absolute_url(post),
                "discussion": _discussion(post.discussion),
                "created_at": post.created_at,
                "edited_at": post.edited_at,
                "held_for_approval": post.is_held,
                "hidden": post.is_hidden,
                "text": post.body,
            }
            for post in Post.objects.filter(author=user).select_related("discussion").order_by("created_at", "pk")
        ],
        "threads_started": [
            {
                "title": discussion.title,
                "url": absolute_url(discussion.get_absolute_url()),
                "created_at": discussion.created_at,
            }
            for discussion in Discussion.objects.threads().filter(author=user).order_by("created_at", "pk")
        ],
        "flags_filed": [
            {
                "post": absolute_url(flag.post),
                "reason": flag.reason,
                "details": flag.text,
                "created_at": flag.created_at,
            }
            for flag in Flag.objects.filter(reporter=user).select_related("post").order_by("pk")
        ],
        "notification_preference": preference.frequency if preference else None,
    }


def erase(*, user, former_member):
    """Hand the user's posts, threads and moderation records to `former_member`; erase what followed the user.

    Posts and threads are saved one by one, so the cached pages that show them are retired (core.page_cache).
    """
    for post in Post.objects.filter(author=user):
        post.author = former_member
        post.save(update_fields=["author"])
    for discussion in Discussion.objects.filter(author=user):
        discussion.author = former_member
        discussion.save(update_fields=["author"])
    Post.objects.filter(hidden_by=user).update(hidden_by=former_member)
    PostRevision.objects.filter(edited_by=user).update(edited_by=former_member)
    Flag.objects.filter(reporter=user).update(reporter=former_member)
    Flag.objects.filter(resolved_by=user).update(resolved_by=former_member)
    ModerationLog.objects.filter(moderator=user).update(moderator=former_member)
    Notification.objects.filter(recipient=user).delete()
    ReadMarker.objects.filter(user=user).delete()
    NotificationPreference.objects.filter(user=user).delete()
