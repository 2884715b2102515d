"""Saving an import: everything the organiser saw in the preview, in one transaction, or nothing."""

from django.db import transaction

from events import services as programme
from events.models import Event, SessionRole

from .plan import MOVED, NEW, build_plan


class ImportBlocked(Exception):
    """The programme changed since the preview, or the rows have errors: nothing was saved. Holds the new plan."""

    def __init__(self, plan):
        super().__init__("import blocked")
        self.plan = plan


def import_programme(*, event, rows, user):
    """Add the new sessions of `rows` (with their days, rooms and people) to `event` and move the sessions whose
    time or room changed, through the programme's own services: a new session is announced to the event's followers
    as one added in the administration, and a move on a published programme is a draft until the organisers
    publish it from the desk (which writes the change log), as a move on the desk is. The plan is worked out again
    under the event's lock: when it has an error now (a room taken since the preview), ImportBlocked is raised and
    nothing is saved."""
    with transaction.atomic():
        event = Event.objects.select_for_update().get(pk=event.pk)
        plan = build_plan(event, rows, user)
        if plan.blocked:
            raise ImportBlocked(plan)
        for day in plan.days.values():
            if day.pk is None:
                day.save()
        position = max((room.position for room in plan.rooms.values() if room.pk and room.pk > 0), default=-1)
        for room in plan.new_rooms:
            position += 1
            room.pk, room.position = None, position
            room.save()
        for person in plan.new_people:
            person.created_by = user
            person.save()
        for planned in plan.rows:
            session = planned.session
            if planned.status == NEW:
                session.day, session.room = session.day, session.room  # the ids of the days and rooms saved above
                programme.update_session(session=session)
                _add_roles(session, planned.people, held=set())
            elif planned.status == MOVED:
                moved = planned.existing
                programme.place_session(
                    session=moved, day=session.day, room=session.room, start=session.start, end=session.end
                )
                # Its roles came with the programme the plan read (`desk_sessions` prefetches them).
                _add_roles(moved, planned.people, held={(role.person_id, role.role) for role in moved.roles.all()})
    return plan


def _add_roles(session, people, *, held):
    """Give the session the rows' people it does not have yet (`held`: its (person id, role) pairs), after those."""
    for position, (_name, role, person) in enumerate(people, start=len(held)):
        if (person.pk, role) not in held:
            SessionRole.objects.create(session=session, person=person, role=role, position=position)
            held.add((person.pk, role))
