"""Who may edit a post and who may read a discussion (who moderates them is core.roles.is_moderator)."""

from datetime import timedelta

from django.utils import timezone

from core.models import is_public
from core.roles import is_moderator
from forum import conf
from forum.models import Discussion


def can_edit_post(post, user):
    """Authors edit their own visible posts within the edit window."""
    return (
        user.is_authenticated
        and post.author_id == user.pk
        and not post.is_hidden
        and _edit_time_left(post) >= timedelta(0)
    )


def edit_seconds_left(post):
    """Whole seconds until the edit window of `post` closes (0 once it has): how long an edit link may be shown."""
    return max(0, int(_edit_time_left(post).total_seconds()))


def _edit_time_left(post):
    return post.created_at + conf.edit_window() - timezone.now()


def readable_threads(user):
    """The threads `user` may read (and so follow)."""
    return Discussion.objects.threads().visible_to(user, moderator=is_moderator(user))


def can_read(discussion, user):
    """Whether `user` may read `discussion`: a thread once its first post is approved (its starter and moderators
    before), comments while the content they are under is public."""
    if is_moderator(user):
        return True
    if discussion.is_thread:
        return Discussion.objects.visible_to(user).filter(pk=discussion.pk).exists()
    return is_public(discussion.content_object)
