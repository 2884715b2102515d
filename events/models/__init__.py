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
from .registrations import MessageReceipt, OrganiserMessage, Registration, StarredSession

__all__ = [
    "Event",
    "MessageReceipt",
    "OrganiserMessage",
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
