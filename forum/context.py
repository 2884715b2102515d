"""What the discussion partial (posts, pagination, reply form) needs, for the forum views and the discussion_for tag."""

from django.core.paginator import Paginator
from django.urls import reverse

from core.roles import is_moderator, user_can_post
from forum import conf
from forum.forms import PostForm
from forum.models import Post
from forum.queries import posts_for


def discussion_context(request, discussion, *, form_action, form=None, reply_to=None):
    """Everything the posts list and reply form need, in a fixed number of queries."""
    user = request.user
    moderator = is_moderator(user)
    posts = posts_for(discussion, user, moderator=moderator) if discussion else Post.objects.none()
    page = Paginator(posts, conf.posts_per_page()).get_page(request.GET.get("page"))
    can_post = user_can_post(user)
    initial = {"reply_to": reply_to.pk} if reply_to else {}
    return {
        "discussion": discussion,
        "page_obj": page,
        "posts": page.object_list,
        "form_action": form_action,
        "is_moderator": moderator,
        "can_post": can_post,
        "form": form or (PostForm(discussion=discussion, initial=initial) if can_post else None),
        "reply_to": reply_to,
    }


def comment_form_action(obj):
    """Where the comment form under `obj` posts to."""
    opts = obj._meta
    return reverse(
        "forum:comment-create",
        kwargs={"app_label": opts.app_label, "model_name": opts.model_name, "object_id": obj.pk},
    )


def takes_moments(obj):
    """Whether comments on `obj` can be anchored to a moment (a film's); the form then shows the moment field."""
    return obj._meta.app_label == "films"
