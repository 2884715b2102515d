"""Sections one area adds to another area's pages: what links to an organisation, a funded project,
a practice or a film, and what addresses a set of themes (the readiness tool's advice).

An app adds a `LinkedContent` from its `AppConfig.ready()`; each `for_<kind>` function takes the page's
object and returns a queryset, which the registry slices to `limit` (None: all), so a section costs one query
(plus its prefetches)::

    LINKED_CONTENT.add(
        LinkedContent(
            heading=_("Practices"),
            template_name="practices/includes/linked_practices.html",  # gets `items` and `section`
            for_organisation=lambda organisation: Practice.objects.published().filter(source_organisation=organisation),
        ),
        app=self.label,
        name="practices",
        order=30,
    )

The page's view calls `linked_sections(obj, kind=…)` and its template includes each section's template.
Organisation and project pages put each section under its heading (`includes/linked_sections.html`);
practice and film pages let the section's template place its heading. Order on organisation and project pages:
funded projects 10, practices 30, documents 31, events 40, films 50; on practice pages: films 50, the events
that presented it 60; on film pages: the events that showed it 40; for themes: practices 30, documents 31,
events 40, films 50. A `for_themes` function takes a list of theme ids.
"""

from dataclasses import dataclass
from typing import Any

from core.registry import Registry

LINKED_CONTENT = Registry("sections linked to organisations, projects, practices, films and themes")
KINDS = ("organisation", "project", "practice", "film", "themes")


@dataclass(frozen=True)
class LinkedContent:
    heading: Any
    template_name: str
    for_organisation: Any = None
    for_project: Any = None
    for_practice: Any = None
    for_film: Any = None
    for_themes: Any = None
    limit: int | None = 12


def linked_sections(obj, *, kind, limit=None):
    """Return the non-empty sections for `obj` (a page of `kind`, one of KINDS), in registry order.

    `limit` replaces each section's own limit (a short list of suggestions rather than a page's full section).
    """
    if kind not in KINDS:
        raise ValueError(f"Unknown kind of linked content: {kind!r}")
    sections = []
    for content in LINKED_CONTENT:
        items_for = getattr(content, f"for_{kind}")
        if items_for is None:
            continue
        items = list(items_for(obj)[: limit or content.limit])
        if items:
            sections.append({"heading": content.heading, "template_name": content.template_name, "items": items})
    return sections
