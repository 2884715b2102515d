"""The news posts an issue of the newsletter may carry (see core.newsletter)."""

from core.newsletter import candidate, since_filter
from news.models import NewsPost


def new_since(moment):
    posts = since_filter(NewsPost.objects.published(), "published_at", moment)
    return [candidate(post, kind="news", published_at=post.published_at) for post in posts]
