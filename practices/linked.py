"""Practices and documents on organisation and funded-project pages, and for themes (the readiness advice)."""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from core.linked import LinkedContent
from practices.models import Document, Practice


def practices_of_organisation(organisation):
    return (
        Practice.objects.published()
        .filter(Q(source_organisation=organisation) | Q(partners=organisation))
        .distinct()
        .only("slug", "title_bg", "title_en", "country", "transfer_stage")
    )


def practices_of_project(project):
    return (
        Practice.objects.published()
        .filter(project=project)
        .only("slug", "title_bg", "title_en", "country", "transfer_stage")
    )


def practices_on_themes(theme_ids):
    return (
        Practice.objects.published()
        .filter(themes__in=theme_ids)
        .distinct()
        .only("slug", "title_bg", "title_en", "country", "transfer_stage")
    )


def documents_of_organisation(organisation):
    return Document.objects.published().filter(publisher=organisation)


def documents_of_project(project):
    return Document.objects.published().filter(project=project)


PRACTICES = LinkedContent(
    heading=_("Practices"),
    template_name="practices/includes/linked_practices.html",
    for_organisation=practices_of_organisation,
    for_project=practices_of_project,
    for_themes=practices_on_themes,
)
DOCUMENTS = LinkedContent(
    heading=_("Documents"),
    template_name="practices/includes/linked_documents.html",
    for_organisation=documents_of_organisation,
    for_project=documents_of_project,
    for_themes=lambda theme_ids: Document.objects.published().filter(themes__in=theme_ids).distinct(),
)
