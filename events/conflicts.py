"""What is wrong with a programme, found as organisers arrange it.

`programme_conflicts(sessions)` checks scheduled (not cancelled) sessions against each other, in memory, so the
same rules apply to the saved programme and to several sessions sent together in one form before any is saved:

- two sessions in one room at the same time: an error, the one conflict that blocks saving;
- one person in two sessions at the same time (in any rooms): a warning;
- a session that does not end on its programme day, or lies outside the event's start and end: a warning;
- a session that starts before its room's booking or ends after it (rooms booked for some hours a day): a warning;
- a session of a parallel group (workshop, training module, discussion) with no facilitator, trainer or
  moderator: a warning.

Warnings are shown, never enforced: organisers know when a speaker runs between rooms on purpose.
"""

from dataclasses import dataclass
from itertools import combinations

from django.utils import timezone
from django.utils.formats import time_format
from django.utils.translation import gettext as _

from .enums import RoleKind, SessionKind

ERROR, WARNING = "error", "warning"
GROUP_WORK = {SessionKind.WORKSHOP, SessionKind.TRAINING_MODULE, SessionKind.DISCUSSION}
LEADING_ROLES = {RoleKind.FACILITATOR, RoleKind.TRAINER, RoleKind.MODERATOR}


@dataclass(frozen=True)
class Conflict:
    kind: str  # "room", "person", "outside", "booking", "no-facilitator"
    severity: str
    message: str
    sessions: tuple

    @property
    def is_error(self):
        return self.severity == ERROR


def _hours(session):
    start, end = timezone.localtime(session.start), timezone.localtime(session.end)
    return f"{time_format(start, 'H:i')}–{time_format(end, 'H:i')}"


def _overlap(first, second):
    return first.start < second.end and second.start < first.end


def room_clashes(sessions):
    """Pairs of scheduled sessions in one room at once."""
    scheduled = [s for s in sessions if not s.is_cancelled and s.room_id and s.start and s.end]
    return [
        Conflict(
            "room",
            ERROR,
            _("%(room)s is taken twice at once: “%(first)s” (%(first_hours)s) and “%(second)s” (%(second_hours)s).")
            % {
                "room": first.room.name,
                "first": first.title,
                "first_hours": _hours(first),
                "second": second.title,
                "second_hours": _hours(second),
            },
            (first, second),
        )
        for first, second in combinations(scheduled, 2)
        if first.room_id == second.room_id and _overlap(first, second)
    ]


def person_clashes(sessions, people):
    """A person in two overlapping sessions; `people` maps id(session) to the names of the people in it."""
    scheduled = [s for s in sessions if not s.is_cancelled and s.start and s.end]
    conflicts = []
    for first, second in combinations(scheduled, 2):
        if not _overlap(first, second):
            continue
        for name in sorted(set(people.get(id(first), ())) & set(people.get(id(second), ()))):
            conflicts.append(
                Conflict(
                    "person",
                    WARNING,
                    _("%(person)s is in two places at once: “%(first)s” and “%(second)s” (%(hours)s).")
                    % {"person": name, "first": first.title, "second": second.title, "hours": _hours(first)},
                    (first, second),
                )
            )
    return conflicts


def outside_their_day(sessions, event):
    conflicts = []
    for session in sessions:
        if session.is_cancelled or not (session.start and session.end):
            continue
        ends_another_day = session.day_id and timezone.localtime(session.end).date() != session.day.date
        outside_event = (event.start and session.start < event.start) or (event.end and session.end > event.end)
        if ends_another_day or outside_event:
            conflicts.append(
                Conflict(
                    "outside",
                    WARNING,
                    _("“%(title)s” (%(hours)s) does not fit its day or the event's dates.")
                    % {"title": session.title, "hours": _hours(session)},
                    (session,),
                )
            )
    return conflicts


def outside_room_booking(sessions):
    """Sessions longer than their room is booked for: starting before its booked hours or ending after them."""
    conflicts = []
    for session in sessions:
        room = session.room
        if session.is_cancelled or room is None or not (session.start and session.end):
            continue
        start, end = timezone.localtime(session.start), timezone.localtime(session.end)
        early = room.booked_from is not None and start.time() < room.booked_from
        late = room.booked_until is not None and (end.date() > start.date() or end.time() > room.booked_until)
        if early or late:
            conflicts.append(
                Conflict(
                    "booking",
                    WARNING,
                    _("“%(title)s” (%(hours)s) runs outside the booking of %(room)s (%(booked)s).")
                    % {
                        "title": session.title,
                        "hours": _hours(session),
                        "room": room.name,
                        "booked": "–".join(
                            time_format(moment, "H:i") if moment else "…"
                            for moment in (room.booked_from, room.booked_until)
                        ),
                    },
                    (session,),
                )
            )
    return conflicts


def groups_without_facilitator(sessions, roles):
    """Group work in a parallel group with nobody to lead it; `roles` maps id(session) to its role kinds."""
    return [
        Conflict(
            "no-facilitator",
            WARNING,
            _("“%(title)s” (%(group)s) has no facilitator, trainer or moderator.")
            % {"title": session.title, "group": session.parallel_group},
            (session,),
        )
        for session in sessions
        if not session.is_cancelled
        and session.parallel_group
        and session.kind in GROUP_WORK
        and not LEADING_ROLES & set(roles.get(id(session), ()))
    ]


def programme_conflicts(event, sessions=None):
    """Every conflict of `event`'s programme (or of `sessions`, unsaved ones included), errors first."""
    if sessions is None:
        sessions = list(event.sessions.select_related("room", "day").prefetch_related("roles__person"))
    people, roles = {}, {}  # by id(): a session not saved yet has no primary key to hash
    for session in sessions:
        session_roles = list(session.roles.all()) if session.pk else []
        people[id(session)] = [role.person.name for role in session_roles]
        roles[id(session)] = [role.role for role in session_roles]
    conflicts = [
        *room_clashes(sessions),
        *person_clashes(sessions, people),
        *outside_their_day(sessions, event),
        *outside_room_booking(sessions),
        *groups_without_facilitator(sessions, roles),
    ]
    return sorted(conflicts, key=lambda conflict: not conflict.is_error)
