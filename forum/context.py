"""What the discussion partial (posts, pagination, reply form) needs, for the forum views and the discussion_for tag.

The posts are a shared fragment (forum.caching.discussion_posts): one page of them as a reader who wrote none of
them sees it, cached per discussion, page and language. What is the reader's own comes from one query for their
posts that matter there, kept per reader (forum.own_posts): the edit links on them, and whether the reader sees
the discussion as others do. A moderator, or the author of a post waiting for approval or hidden,
gets the posts rendered for them alone.
"""

from django.urls import reverse
from django.utils.functional import SimpleLazyObject

from core.fragments import lasting
from core.lists import ShortListPaginator
from core.remembered_pages import covered
from core.roles import is_moderator, user_can_post
from forum import conf
from forum.caching import discussion_key, target_key
from forum.forms import PostForm
from forum.models import Post
from forum.own_posts import own_posts
from forum.permissions import can_edit_post, edit_seconds_left
from forum.queries import posts_for


def discussion_context(request, discussion, *, form_action, form=None, reply_to=None, posts_key=None, own_posts=None):
    """Everything the posts list and reply form need, in a fixed number of queries, none for the posts when their
    fragment is cached. `discussion` may be lazy (read only when the fragment renders) when `posts_key` names its
    fragment (forum.caching); `own_posts` are the reader's posts in it, read here when None."""
    user = request.user
    if posts_key is None and discussion:
        posts_key = discussion_key(discussion)
    moderator = is_moderator(user)
    if own_posts is None:
        own_posts = _own(posts_key, user)
    page = SimpleLazyObject(lambda: _page(request, discussion, user, moderator))
    can_post = user_can_post(user)
    initial = {"reply_to": reply_to.pk} if reply_to else {}
    return {
        "discussion": discussion,
        "page_obj": page,
        "posts": SimpleLazyObject(lambda: page.object_list),
        "posts_key": posts_key,
        "posts_shared": posts_key is not None
        and not moderator
        and not any(post.is_held or post.is_hidden for post in own_posts),
        "editable_posts": {post.pk for post in own_posts if can_edit_post(post, user)},
        "form_action": form_action,
        "is_moderator": moderator,
        "can_post": can_post,
        "form": form or (PostForm(discussion=discussion, initial=initial) if can_post else None),
        "reply_to": reply_to,
    }


def own_posts_under(obj, user):
    """The reader's posts that matter in the comments under `obj`, known without looking the discussion up."""
    return _own(target_key(obj), user)


def _own(key, user):
    """The reader's posts that matter in the discussion whose posts fragment is `key` (forum.own_posts). Their page
    may still be remembered (core.remembered_pages): every change to a post retires the pages showing its
    discussion, and the page lasts no longer than the edit links it shows."""
    if not user.is_authenticated:
        return ()
    with covered():
        own = own_posts(user).get(key, ())
    editable = [edit_seconds_left(post) for post in own if can_edit_post(post, user)]
    if editable:
        lasting(min(editable))
    return own


def _page(request, discussion, user, moderator):
    posts = posts_for(discussion, user, moderator=moderator) if discussion else Post.objects.none()
    return ShortListPaginator(posts, conf.posts_per_page()).get_page(request.GET.get("page"))


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
