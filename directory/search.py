"""Organisations and funded projects in the site search."""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from core.search import PROVIDER_LIMIT, SearchResult, matching, short
from directory.models import Organisation, Project


def search_organisations(query, *, language):
    found = Organisation.objects.filter(matching(query, "name", "description", "city"))[:PROVIDER_LIMIT]
    return [SearchResult(o.name, o.get_absolute_url(), _("Organisation"), short(o.description)) for o in found]


def search_projects(query, *, language):
    found = Project.objects.filter(matching(query, "title", "summary", "objectives") | Q(code__icontains=query))
    return [
        SearchResult(p.title, p.get_absolute_url(), _("Funded project"), short(p.summary))
        for p in found[:PROVIDER_LIMIT]
    ]
