"""What other apps link to an organisation or a funded project, listed on their detail pages.

Each area adds one dotted path to `LINKED_CONTENT`, naming a `LinkedContent`::

    # practices/linked.py
    PRACTICES = LinkedContent(
        heading=_("Practices"),
        template_name="practices/includes/linked_practices.html",  # gets `items`
        for_organisation=lambda organisation: Practice.objects.published().filter(source=organisation),
        for_project=None,
    )

The functions return querysets; the registry slices them to `limit`, so every section costs one query.
"""

from dataclasses import dataclass
from typing import Any

from django.db.models import Q
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _

LINKED_CONTENT = [
    "portal.linked.PROJECTS",
    "practices.linked.PRACTICES",
    "practices.linked.DOCUMENTS",
    "events.linked.EVENTS",
    "films.linked.FILMS",
]


@dataclass(frozen=True)
class LinkedContent:
    heading: Any
    template_name: str
    for_organisation: Any = None
    for_project: Any = None
    limit: int = 12


def linked_sections(obj, *, kind):
    """Return the non-empty sections for `obj`, `kind` being "organisation" or "project", in registry order."""
    sections = []
    for dotted_path in LINKED_CONTENT:
        content = import_string(dotted_path)
        items_for = getattr(content, f"for_{kind}")
        if items_for is None:
            continue
        items = list(items_for(obj)[: content.limit])
        if items:
            sections.append({"heading": content.heading, "template_name": content.template_name, "items": items})
    return sections


def _projects_of(organisation):
    from directory.models import Project

    return (
        Project.objects.filter(Q(lead_organisation=organisation) | Q(partners=organisation))
        .select_related("lead_organisation")
        .distinct()
    )


PROJECTS = LinkedContent(
    heading=_("Funded projects"),
    template_name="directory/includes/linked_projects.html",
    for_organisation=_projects_of,
)
