"""What the site search indexes of the directory: organisations and funded projects."""

from django.utils.translation import gettext_lazy as _

from core.search import SearchSource
from directory.models import Organisation, Project

ORGANISATIONS = SearchSource(
    model=Organisation,
    kind="organisation",
    label=_("Organisation"),
    objects=Organisation.objects.all,
    title="name",
    summary=("city",),
    body=("description",),
    countries=lambda organisation: [organisation.country],
)

PROJECTS = SearchSource(
    model=Project,
    kind="project",
    label=_("Funded project"),
    objects=Project.objects.all,
    title="title",
    summary=("code", "summary"),
    body=("funding_programme", "objectives", "target_groups_description", "activities", "expected_results"),
)
