from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.translation import get_language

from core.search import MIN_QUERY_LENGTH, search_all


def search(request):
    """Results from every registered provider for ?q=, twenty to a page."""
    query = request.GET.get("q", "").strip()[:200]
    results = search_all(query, language=get_language())
    page_obj = Paginator(results, 20).get_page(request.GET.get("page"))
    return render(
        request,
        "portal/search.html",
        {"query": query, "page_obj": page_obj, "results": page_obj.object_list, "min_length": MIN_QUERY_LENGTH},
    )
