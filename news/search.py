"""Published news posts in the site search."""

from django.utils.translation import gettext_lazy as _

from core.search import PROVIDER_LIMIT, SearchResult, matching, short
from news.models import NewsPost


def search(query, *, language):
    found = NewsPost.objects.published().filter(matching(query, "title", "summary", "body"))[:PROVIDER_LIMIT]
    return [SearchResult(p.title, p.get_absolute_url(), _("News"), short(p.summary)) for p in found]
