"""The funded projects of an organisation, listed on its page."""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from core.linked import LinkedContent
from directory.models import Project


def projects_of_organisation(organisation):
    return (
        Project.objects.filter(Q(lead_organisation=organisation) | Q(partners=organisation))
        .select_related("lead_organisation")
        .distinct()
    )


PROJECTS = LinkedContent(
    heading=_("Funded projects"),
    template_name="directory/includes/linked_projects.html",
    for_organisation=projects_of_organisation,
)
