from .events import Event, EventQuerySet
from .programme import (
    Person,
    ProgrammeChange,
    ProgrammeDay,
    Room,
    Session,
    SessionDraft,
    SessionMaterial,
    SessionRole,
)
from .registrations import Registration, StarredSession

__all__ = [
    "Event",
    "EventQuerySet",
    "Person",
    "ProgrammeChange",
    "ProgrammeDay",
    "Registration",
    "Room",
    "Session",
    "SessionDraft",
    "SessionMaterial",
    "SessionRole",
    "StarredSession",
]
