"""Who may do what in discussions."""

from django.utils import timezone

from forum import conf


def is_moderator(user):
    return user.is_authenticated and user.has_perm("forum.moderate_discussions")


def can_edit(post, user):
    """Authors edit their own visible posts within the edit window."""
    return (
        user.is_authenticated
        and post.author_id == user.pk
        and not post.is_hidden
        and timezone.now() - post.created_at <= conf.edit_window()
    )
