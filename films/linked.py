"""Films on organisation and funded-project pages (registered in portal.linked.LINKED_CONTENT)."""

from django.utils.translation import gettext_lazy as _

from portal.linked import LinkedContent

from . import queries

FILMS = LinkedContent(
    heading=_("Films"),
    template_name="films/includes/linked_films.html",
    for_organisation=lambda organisation: queries.public_videos().filter(organisations=organisation),
    for_project=lambda project: queries.public_videos().filter(project=project),
)
