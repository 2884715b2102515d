from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from core.i18n import page_language
from core.search import SEARCH_SOURCES
from core.search.query import SiteSearch, clean
from directory.models import Theme

MIN_QUERY_LENGTH = 2
PER_PAGE = 20
SUGGESTIONS = 8
# Query-string name -> facet of the index.
FILTERS = {"type": "kind", "language": "language", "country": "country", "theme": "theme"}
HEADINGS = {"type": _("Type"), "language": _("Language"), "country": _("Country"), "theme": _("Theme")}


def search(request):
    """Ranked results for ?q= from the site search index, twenty to a page, with counts by type, language,
    country and theme (each a link that narrows the results)."""
    query = clean(request.GET.get("q", ""))
    filters = {facet: request.GET.get(name, "")[:64] for name, facet in FILTERS.items()}
    results = SiteSearch(query, language=page_language(), filters=filters) if len(query) >= MIN_QUERY_LENGTH else None
    page_obj = Paginator(results if results is not None else [], PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "portal/search.html",
        {
            "query": query,
            "search": results,
            "page_obj": page_obj,
            "results": page_obj.object_list,
            "facets": _facet_choices(request, results, filters) if results is not None else [],
            "min_length": MIN_QUERY_LENGTH,
        },
    )


def suggest(request):
    """The first SUGGESTIONS results for what is typed in the header's search box, as JSON for its list."""
    typed = request.GET.get("q", "")
    query = clean(typed)
    hits = []
    if len(query) >= MIN_QUERY_LENGTH:
        # A word still being typed may be the beginning of a longer one; after a space it is whole.
        hits = SiteSearch(query, language=page_language(), prefix=not typed.endswith(" "))[0:SUGGESTIONS]
    return JsonResponse(
        {"suggestions": [{"title": hit.plain_title, "kind": hit.label, "url": hit.url} for hit in hits]}
    )


def _facet_choices(request, results, filters):
    """[(parameter, heading, [{label, count, selected, url}])] for the facets the matches have; a selected
    option's link takes its filter off."""
    counts = results.facets
    labels = {
        "kind": {source.kind: source.label for source in SEARCH_SOURCES},
        "language": dict(settings.LANGUAGES),
        "country": {code: countries.name(code) for code in counts.get("country", {})},
        "theme": dict(Theme.objects.filter(slug__in=list(counts.get("theme", {}))).values_list("slug", "name"))
        if counts.get("theme")
        else {},
    }
    choices = []
    for name, facet in FILTERS.items():
        others = _query_without(request, name)
        options = [
            {
                "label": labels[facet].get(value, value),
                "count": number,
                "selected": filters[facet] == value,
                "url": f"?{others}" if filters[facet] == value else f"?{_joined(others, urlencode({name: value}))}",
            }
            for value, number in counts.get(facet, {}).items()
        ]
        if options:
            options.sort(key=lambda option: (-option["count"], str(option["label"])))
            choices.append((name, HEADINGS[name], options))
    return choices


def _query_without(request, name):
    """This page's query string without filter `name`, from the first page: each option of the filter adds its own
    value to it (a selected option's link takes the filter off)."""
    params = request.GET.copy()
    params.pop("page", None)
    params.pop(name, None)
    return params.urlencode()


def _joined(*parts):
    return "&".join(part for part in parts if part)
