"""Practices and documents in the site search."""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from core.search import PROVIDER_LIMIT, SearchResult, matching, short
from practices.models import Document, Practice


def search(query, *, language):
    """Published practices matching in title, summary, description or tags, then published documents."""
    tagged = Q(tags__name__in={query, query.lower(), query.capitalize()})
    practices = (
        Practice.objects.published()
        .filter(matching(query, "title", "summary", "description") | tagged)
        .distinct()
        .only("slug", "title_bg", "title_en", "summary_bg", "summary_en")[:PROVIDER_LIMIT]
    )
    results = [SearchResult(p.title, p.get_absolute_url(), _("Practice"), short(p.summary)) for p in practices]
    documents = (
        Document.objects.published()
        .filter(matching(query, "title", "description"))
        .only("slug", "title_bg", "title_en", "description_bg", "description_en")[: PROVIDER_LIMIT - len(results)]
    )
    results += [SearchResult(d.title, d.get_absolute_url(), _("Document"), short(d.description)) for d in documents]
    return results
