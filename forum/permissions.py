"""Who may edit a post in discussions (who moderates them is core.roles.is_moderator)."""

from django.utils import timezone

from forum import conf


def can_edit_post(post, user):
    """Authors edit their own visible posts within the edit window."""
    return (
        user.is_authenticated
        and post.author_id == user.pk
        and not post.is_hidden
        and timezone.now() - post.created_at <= conf.edit_window()
    )
