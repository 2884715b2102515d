from .events import Event, EventQuerySet
from .programme import Person, ProgrammeChange, ProgrammeDay, Room, Session, SessionMaterial, SessionRole
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
    "SessionMaterial",
    "SessionRole",
    "StarredSession",
]
