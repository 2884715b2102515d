"""What an import would do to an event's programme, worked out without writing anything.

Each row is placed on the event's programme day of its date (a day inside the event's dates that has no programme
day yet gets one), in the room of that name (a new room otherwise), with the people of those names among the
event's people and those the organiser added (new people otherwise). A row whose title is already on that day
at the same time and room is left as it is; when the title is there once at another time or room, the session is
moved (as the desk moves it: a draft until published, on a published programme). The programme's conflict checks
(`events.conflicts`) then run over the programme as the desk shows it with the import in place, so a room taken
twice blocks the import and the warnings are shown beside their rows.
"""

from dataclasses import dataclass, field
from datetime import datetime

from django.utils import timezone

from core.formats import long_date
from core.i18n import page_language
from events.calendars import SOFIA
from events.conflicts import groups_without_facilitator, outside_their_day, person_clashes, room_clashes
from events.models import Person, ProgrammeDay, Room, Session
from events.queries import desk_sessions

from .rows import RowError, fold, in_language, message

NEW, UNCHANGED, MOVED, ERROR = "new", "unchanged", "moved", "error"


@dataclass
class PlannedRow:
    row: dict
    status: str = NEW
    errors: list = field(default_factory=list)
    session: Session | None = None  # the session as it would be (unsaved when new)
    existing: Session | None = None  # the session it moves
    new_day: bool = False
    new_room: bool = False
    people: list = field(default_factory=list)  # [(name, role, Person or None when new)]
    conflicts: list = field(default_factory=list)

    @property
    def title(self):
        other = "en" if page_language() == "bg" else "bg"
        return self.row[f"title_{page_language()}"] or self.row[f"title_{other}"]

    @property
    def starts(self):
        return _aware(self.row["start"]) if self.row["start"] else None

    @property
    def ends(self):
        return _aware(self.row["end"]) if self.row["end"] else None


@dataclass
class Plan:
    rows: list
    conflicts: list
    rooms: dict  # folded name -> Room (unsaved ones are new)
    people: dict  # folded name -> Person (unsaved ones are new)
    days: dict  # date -> ProgrammeDay (unsaved ones are new)
    matched: set = field(default_factory=set)  # existing sessions a row already stands for

    @property
    def blocked(self):
        return any(row.errors for row in self.rows) or any(conflict.is_error for conflict in self.conflicts)

    def count(self, status):
        return sum(1 for row in self.rows if row.status == status)

    @property
    def new_rooms(self):
        return [room for room in self.rooms.values() if room.pk is None or room.pk < 0]

    @property
    def new_people(self):
        return [person for person in self.people.values() if person.pk is None]


def _aware(text):
    return timezone.make_aware(datetime.fromisoformat(text), SOFIA)


def build_plan(event, rows, user):
    """The plan for `rows` (from `rows.py`) in `event`, as `user` would import them."""
    days = {day.date: day for day in event.days.all()}
    rooms = {}
    for room in event.rooms.all():
        for name in (room.name_bg, room.name_en):
            rooms.setdefault(fold(name), room)
    people = {}
    for person in Person.objects.managed_by(user, [event]).order_by("pk"):
        for name in (person.name_bg, person.name_en):
            people.setdefault(fold(name), person)
    sessions = desk_sessions(event)  # as the desk shows them: unpublished moves in place
    plan = Plan(rows=[], conflicts=[], rooms=rooms, people=people, days=days)
    seen = {}
    for row in rows:
        planned = PlannedRow(row=row, errors=[message(code, params) for code, params in row["errors"]])
        if not planned.errors:
            _place(plan, planned, event, sessions, seen)
        if planned.errors:
            planned.status = ERROR
        plan.rows.append(planned)
    _check_conflicts(plan, event, sessions)
    return plan


def _place(plan, planned, event, sessions, seen):
    row = planned.row
    start, end = _aware(row["start"]), _aware(row["end"])
    day = plan.days.get(start.date())
    if day is None:
        first, last = timezone.localtime(event.start, SOFIA).date(), timezone.localtime(event.end, SOFIA).date()
        if not first <= start.date() <= last:
            error = RowError("outside", date=_date(start), first=_date(event.start), last=_date(event.end))
            planned.errors.append(message(error.code, error.params))
            return
        day = plan.days[start.date()] = ProgrammeDay(event=event, date=start.date())
        planned.new_day = True
    room = _room(plan, planned, event, row["room"])
    title = fold(row["title_bg"] or row["title_en"])
    key = (title, row["start"], fold(row["room"]))
    if key in seen:
        planned.errors.append(message("duplicate", {"line": seen[key]}))
        return
    seen[key] = row["line"]
    planned.people = [(name, role, _person(plan, name)) for name, role in row["people"]]
    same_title = [
        s
        for s in sessions
        if s.day_id == day.pk and s.pk not in plan.matched and title in (fold(s.title_bg), fold(s.title_en))
    ]
    in_place = [s for s in same_title if (s.start, s.end, s.room_id) == (start, end, getattr(room, "pk", None))]
    if in_place:
        planned.status, planned.session = UNCHANGED, in_place[0]
        plan.matched.add(in_place[0].pk)
        return
    values = {"day": day, "room": room, "start": start, "end": end}
    if len(same_title) == 1:
        planned.status, planned.existing = MOVED, same_title[0]
        plan.matched.add(same_title[0].pk)
        planned.session = Session(
            **{f.attname: getattr(same_title[0], f.attname) for f in Session._meta.concrete_fields}
        )
        planned.session.pk = None  # compared as a different object from the one it replaces
        for name, value in values.items():
            setattr(planned.session, name, value)
        return
    texts = {name: row[name] for name in ("title_bg", "title_en", "description_bg", "description_en")}
    planned.session = Session(
        event=event,
        kind=row["kind"],
        languages=row["languages"],
        parallel_group=row["parallel_group"],
        **texts,
        **values,
    )


def _room(plan, planned, event, name):
    if not name:
        return None
    room = plan.rooms.get(fold(name))
    if room is None:
        # Not saved until the import is: a negative id lets the room checks tell new rooms apart meanwhile.
        room = plan.rooms[fold(name)] = Room(event=event, pk=-len(plan.rooms) - 1, **in_language("name", name))
    planned.new_room = room.pk < 0
    return room


def _person(plan, name):
    person = plan.people.get(fold(name))
    if person is None:
        person = plan.people[fold(name)] = Person(**in_language("name", name))
    return person


def _date(moment):
    return long_date(timezone.localtime(moment, SOFIA) if isinstance(moment, datetime) else moment)


def _check_conflicts(plan, event, sessions):
    """The conflicts the import would bring: those involving at least one imported (new or moved) session."""
    moved = {planned.existing.pk: planned for planned in plan.rows if planned.status == MOVED}
    imported = {id(p.session): p for p in plan.rows if p.status in (NEW, MOVED) and p.session is not None}
    programme = [session for session in sessions if session.pk not in moved] + [p.session for p in imported.values()]
    names, kinds = {}, {}
    for session in sessions:
        roles = list(session.roles.all())
        names[id(session)] = [role.person.name for role in roles]
        kinds[id(session)] = [role.role for role in roles]
    for planned in imported.values():
        key, before = id(planned.session), id(planned.existing)
        names[key] = names.get(before, []) + [name for name, _role, _person in planned.people]
        kinds[key] = kinds.get(before, []) + [role for _name, role, _person in planned.people]
    found = [
        *room_clashes(programme),
        *person_clashes(programme, names),
        *outside_their_day(programme, event),
        *groups_without_facilitator(programme, kinds),
    ]
    for conflict in sorted(found, key=lambda conflict: not conflict.is_error):
        rows = [imported[id(session)] for session in conflict.sessions if id(session) in imported]
        if rows:
            plan.conflicts.append(conflict)
            for planned in rows:
                planned.conflicts.append(conflict)
