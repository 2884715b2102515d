"""What several discussion views share: loading posts for a reader, and the refused-post handling."""

from django.core.paginator import Paginator
from django.shortcuts import render
from django.urls import reverse

from core.access import user_can_post
from forum import conf
from forum.forms import PostForm
from forum.models import Discussion, Post, Subscription
from forum.permissions import is_moderator


def is_fragment_request(request):
    """Requests from the forum's script want only the new post (or the form with its errors) back."""
    return request.headers.get("X-Forum-Fragment") == "1"


def posts_for(discussion, user, *, moderator):
    return (
        Post.objects.filter(discussion=discussion)
        .visible_to(user, moderator=moderator)
        .select_related("author__profile", "reply_to__author__profile")
        .order_by("created_at", "pk")
    )


def page_number_of(post, user, *, moderator):
    """The page of its discussion a post is on, for links and redirects."""
    before = (
        posts_for(post.discussion, user, moderator=moderator)
        .filter(created_at__lte=post.created_at)
        .exclude(created_at=post.created_at, pk__gt=post.pk)
        .count()
    )
    return max(1, (before - 1) // conf.posts_per_page() + 1)


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
        "is_subscribed": bool(
            discussion
            and user.is_authenticated
            and Subscription.objects.filter(user=user, discussion=discussion).exists()
        ),
    }


def discussion_for_object(obj):
    """The discussion under `obj` or None, in one query (no content-type cache that tests would see warm or cold)."""
    opts = obj._meta
    return Discussion.objects.filter(
        content_type__app_label=opts.app_label, content_type__model=opts.model_name, object_id=obj.pk
    ).first()


def comment_form_action(obj):
    opts = obj._meta
    return reverse(
        "forum:comment-create",
        kwargs={"app_label": opts.app_label, "model_name": opts.model_name, "object_id": obj.pk},
    )


def render_refused(request, template, context, *, status=400):
    """Show the form again with what the user typed and why it was refused (fragment for scripts)."""
    if is_fragment_request(request):
        return render(request, "forum/includes/post_form.html", context, status=422)
    return render(request, template, context, status=status)
