from django import template

from events.queries import events_presenting

register = template.Library()


@register.inclusion_tag("events/includes/events_presenting.html")
def events_presenting_practice(practice):
    """The “presented at” list for a practice page: one query."""
    return {"events": list(events_presenting(practice))}
