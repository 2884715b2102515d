"""Writes to events and their programmes retire the cached event pages (see core.page_cache), and the programme
grid of their own event only (core.fragments).

Registrations and stars are not shown to anonymous visitors, and are each visitor's own in the grid, so they retire
no page; a star forgets its owner's starred sessions (events/starred.py).
"""

from django.db.models.signals import post_delete, post_save

from core import fragments, page_cache
from core.tags import Tag
from events.caching import event_pages, programme_grid
from films.caching import film_body
from practices.caching import practice_body

from .models import (
    Event,
    Person,
    ProgrammeChange,
    ProgrammeDay,
    Room,
    Session,
    SessionMaterial,
    SessionRole,
    StarredSession,
)
from .starred import starred_sessions

page_cache.retire_on(
    event_pages,
    models=[Event, ProgrammeDay, Room, Session, SessionRole, SessionMaterial, Person, ProgrammeChange, Tag],
)


def events_of_role(role):
    # Asked of the table, not `role.session`: when a session's deletion takes its roles along, it is gone already
    # (and its own deletion retires the grid).
    return Session.objects.filter(pk=role.session_id).values_list("event_id", flat=True)


fragments.retire_on(programme_grid, models=[Event])
fragments.retire_on(programme_grid, models=[ProgrammeDay, Room, Session], objects=lambda row: [row.event_id])
fragments.retire_on(programme_grid, models=[SessionRole], objects=events_of_role)
fragments.retire_on(
    programme_grid,
    models=[Person],
    objects=lambda person: Session.objects.filter(roles__person=person).values_list("event_id", flat=True).distinct(),
)

# A film's page lists the public events that showed it.
fragments.retire_on(film_body, models=[Session], objects=lambda session: session.films.values_list("pk", flat=True))
fragments.retire_on(
    film_body,
    models=[Event],
    objects=lambda event: Session.films.through.objects.filter(session__event=event).values_list("film_id", flat=True),
)
# A practice's page lists the events that presented it.
fragments.retire_on(
    practice_body, models=[Session], objects=lambda session: session.practices.values_list("pk", flat=True)
)


def _star_written(sender, instance, **kwargs):
    starred_sessions.forget(instance.user_id)


post_save.connect(_star_written, sender=StarredSession, dispatch_uid="events-starred-on-save")
post_delete.connect(_star_written, sender=StarredSession, dispatch_uid="events-starred-on-delete")
