"""Forum threads in the site search."""

from functools import reduce
from operator import or_

from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _

from core.search import PROVIDER_LIMIT, SearchResult, spellings
from forum.models import Discussion, Post


def search(query, *, language):
    """Threads whose title or any published, visible post matches, the most recently active first."""
    words = spellings(query)
    in_title = reduce(or_, (Q(title__icontains=word) for word in words))
    in_body = reduce(or_, (Q(body__icontains=word) for word in words))
    matching_posts = Post.objects.approved().filter(in_body, discussion=OuterRef("pk"), is_hidden=False)
    threads = (
        Discussion.objects.threads()
        .published()
        .filter(in_title | Exists(matching_posts))
        .select_related("category")
        .order_by("-last_activity_at")[:PROVIDER_LIMIT]
    )
    return [
        SearchResult(thread.title, thread.get_absolute_url(), _("Forum thread"), thread.category.name)
        for thread in threads
    ]
