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
# A short list of titles, not cards, where films are suggestions among other content.
FILMS_ON_THEMES = LinkedContent(
    heading=_("Films"),
    template_name="films/includes/film_titles.html",
    for_themes=lambda theme_ids: queries.public_films().filter(themes__in=theme_ids).distinct(),
)
FILMS_OF_PRACTICE = LinkedContent(
    heading=_("Films"),
    template_name="films/includes/practice_films.html",
    for_practice=queries.films_for_practice,
)
