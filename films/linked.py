"""Films on organisation, funded-project and practice pages."""

from django.utils.translation import gettext_lazy as _

from core.linked import LinkedContent

from . import queries

FILMS = LinkedContent(
    heading=_("Films"),
    template_name="films/includes/linked_films.html",
    for_organisation=lambda organisation: queries.public_films().filter(organisations=organisation),
    for_project=lambda project: queries.public_films().filter(project=project),
)
FILMS_OF_PRACTICE = LinkedContent(
    heading=_("Films"),
    template_name="films/includes/practice_films.html",
    for_practice=queries.films_for_practice,
)
