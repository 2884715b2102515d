"""What several discussion views share: where a post sits in its discussion, and the refused-post handling."""

from django.shortcuts import render

from forum import conf
from forum.queries import posts_for


def is_fragment_request(request):
    """Requests from the forum's script want only the new post (or the form with its errors) back."""
    return request.headers.get("X-Forum-Fragment") == "1"


def page_number_of(post, user, *, moderator):
    """The page of its discussion a post is on, for links and redirects."""
    before = (
        posts_for(post.discussion, user, moderator=moderator)
        .filter(created_at__lte=post.created_at)
        .exclude(created_at=post.created_at, pk__gt=post.pk)
        .count()
    )
    return max(1, (before - 1) // conf.posts_per_page() + 1)


def render_refused(request, template, context, *, status=400):
    """Show the form again with what the user typed and why it was refused (fragment for scripts)."""
    if is_fragment_request(request):
        return render(request, "forum/includes/post_form.html", context, status=422)
    return render(request, template, context, status=status)
