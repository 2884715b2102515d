"""What the site search indexes of the news: published posts."""

from django.utils.translation import gettext_lazy as _

from core.search import SearchSource
from news.models import NewsPost

NEWS = SearchSource(
    model=NewsPost,
    kind="news",
    label=_("News"),
    objects=NewsPost.objects.published,
    title="title",
    summary=("summary",),
    body=("body",),
    dated="published_at",
)
