"""Writes to events and their programmes retire the cached event pages (see core.page_cache).

Registrations and stars are not shown to anonymous visitors, so they retire nothing.
"""

from core import page_cache
from core.tags import Tag
from events.caching import event_pages

from .models import Event, Person, ProgrammeChange, ProgrammeDay, Room, Session, SessionMaterial, SessionRole

page_cache.retire_on(
    event_pages,
    models=[Event, ProgrammeDay, Room, Session, SessionRole, SessionMaterial, Person, ProgrammeChange, Tag],
)
