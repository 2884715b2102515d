from django import template

from films import formats
from films.queries import videos_for_practice

register = template.Library()

register.filter("clock", formats.clock)
register.filter("iso_duration", formats.iso_duration)


@register.inclusion_tag("films/includes/practice_films.html")
def films_of_practice(practice):
    """The "Films" section of a practice page: cards with poster, length and subtitle languages, two queries."""
    return {"videos": list(videos_for_practice(practice))}
