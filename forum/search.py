"""What the site search indexes of the forum: published threads and their approved posts that are not hidden
(comments under other content are not forum threads and stay with that content)."""

from django.utils.translation import gettext_lazy as _

from core.search import SearchSource
from core.search.text import is_cyrillic
from forum.models import Discussion, Post


def _published_threads():
    return Discussion.objects.threads().published()


THREADS = SearchSource(
    model=Discussion,
    kind="thread",
    label=_("Forum thread"),
    objects=lambda: _published_threads().select_related("category"),
    title="title",
    summary=(lambda thread, language: thread.category.name,),
    dated="last_activity_at",
    # A thread is published when its first post is approved.
    follows={Post: lambda post: [post.discussion_id]},
)

POSTS = SearchSource(
    model=Post,
    kind="post",
    label=_("Forum post"),
    objects=lambda: (
        Post.objects.approved()
        .filter(is_hidden=False, discussion__in=_published_threads())
        .select_related("discussion")
    ),
    title=lambda post, language: post.discussion.title,
    title_is_indexed=False,
    body=("body",),
    languages=lambda post: ["bg" if is_cyrillic(post.body.lower()) else "en"],
    dated="created_at",
    follows={Discussion: lambda thread: thread.posts.values_list("pk", flat=True)},
)
