"""Writes of the events app: publishing, registration with capacity and waiting list, programme changes."""

from django.db import transaction
from django.db.models import Max
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from forum.services import notify_followers

from .conflicts import room_clashes
from .enums import NEW_SESSION, PROGRAMME_CHANGE, ChangeKind, EventStatus, RegistrationStatus
from .models import (
    Event,
    MessageReceipt,
    OrganiserMessage,
    ProgrammeChange,
    Registration,
    Session,
    SessionDraft,
)
from .queries import desk_sessions
from .tasks import send_cancellation_email, send_promotion_email, send_registrant_message, send_registration_email


class RegistrationError(Exception):
    """A registration that cannot be made; the message is shown to the participant."""


class ProgrammeError(Exception):
    """Programme changes that cannot be published; `messages` say why, for the organiser."""

    def __init__(self, messages):
        super().__init__(*messages)
        self.messages = messages


def publish_event(*, event):
    with transaction.atomic():
        event.status = EventStatus.PUBLISHED
        event.published_at = event.published_at or timezone.now()
        event.save(update_fields=["status", "published_at", "updated_at"])
    return event


def cancel_event(*, event):
    event.status = EventStatus.CANCELLED
    event.save(update_fields=["status", "updated_at"])
    return event


def save_event(*, event):
    """Save an event; when its capacity grows (or is lifted), the waiting list moves up in order of registration."""
    with transaction.atomic():
        previous = Event.objects.select_for_update().filter(pk=event.pk).values_list("capacity", flat=True).first()
        event.save()
        grew = event.pk is not None and previous is not None and (event.capacity is None or event.capacity > previous)
        if grew:
            promote_waiting(event=event)
    return event


def register_participant(*, event, user, organisation="", accessibility_needs=""):
    """Register `user`, confirmed while places remain, else on the waiting list; they are e-mailed after commit.

    The event row is locked first, so two people taking the last place at the same moment
    are counted one after the other.
    """
    with transaction.atomic():
        event = Event.objects.select_for_update().get(pk=event.pk)
        if event.status == EventStatus.CANCELLED:
            raise RegistrationError(_("This event has been cancelled."))
        if not event.registration_is_open():
            raise RegistrationError(_("Registration for this event is closed."))
        registrations = Registration.objects.filter(event=event)
        if registrations.active().filter(user=user).exists():
            raise RegistrationError(_("You are already registered for this event."))
        full = event.capacity is not None and registrations.confirmed().count() >= event.capacity
        last_position = registrations.aggregate(last=Max("position"))["last"] or 0
        registration = Registration.objects.create(
            event=event,
            user=user,
            organisation=organisation,
            accessibility_needs=accessibility_needs,
            status=RegistrationStatus.WAITLISTED if full else RegistrationStatus.CONFIRMED,
            position=last_position + 1,
        )
        transaction.on_commit(lambda: send_registration_email.enqueue(registration.pk))
    return registration


def cancel_registration(*, registration, notify_participant=True):
    """Cancel a registration; a freed place goes to the first person waiting. Both are e-mailed after commit.

    `notify_participant=False` sends the cancelling participant nothing (their account is being deleted);
    whoever is promoted is still told.
    """
    with transaction.atomic():
        event = Event.objects.select_for_update().get(pk=registration.event_id)
        registration.refresh_from_db()
        if registration.status == RegistrationStatus.CANCELLED:
            return registration
        freed_place = registration.status == RegistrationStatus.CONFIRMED
        registration.status = RegistrationStatus.CANCELLED
        registration.save(update_fields=["status", "updated_at"])
        if notify_participant:
            transaction.on_commit(lambda: send_cancellation_email.enqueue(registration.pk))
        if freed_place:
            promote_waiting(event=event)
    return registration


def promote_waiting(*, event):
    """Fill free places from the waiting list in order of registration. Call inside a transaction holding the lock."""
    registrations = Registration.objects.filter(event=event)
    free = None if event.capacity is None else event.capacity - registrations.confirmed().count()
    waiting = registrations.waitlisted()
    promoted = list(waiting if free is None else waiting[: max(free, 0)])
    for registration in promoted:
        registration.status = RegistrationStatus.CONFIRMED
        registration.save(update_fields=["status", "updated_at"])
        transaction.on_commit(lambda pk=registration.pk: send_promotion_email.enqueue(pk))
    return promoted


def message_registrants(*, event, subject, body, statuses=(RegistrationStatus.CONFIRMED,)):
    """Keep the organisers' message with a receipt per registrant with one of `statuses`, and queue one e-mail each
    after commit (linking to their copy on the site); returns how many were queued."""
    ids = list(event.registrations.filter(status__in=statuses).values_list("pk", flat=True))
    if not ids:
        return 0
    with transaction.atomic():
        message = OrganiserMessage.objects.create(event=event, subject=subject, body=body)
        MessageReceipt.objects.bulk_create([MessageReceipt(message=message, registration_id=pk) for pk in ids])
        transaction.on_commit(lambda: send_registrant_message.enqueue(message.pk))
    return len(ids)


def mark_message_read(*, receipt):
    """Record that the reader opened their copy; only the first opening counts. Returns the receipt."""
    if receipt.read_at is None:
        receipt.read_at = timezone.now()
        MessageReceipt.objects.filter(pk=receipt.pk, read_at__isnull=True).update(read_at=receipt.read_at)
    return receipt


def _describe(session, kind):
    """The change-log line, written in each language so the log reads right on both sites."""
    descriptions = {}
    for language in ("bg", "en"):
        with translation.override(language):
            start = timezone.localtime(session.start)
            end = timezone.localtime(session.end)
            params = {
                "title": getattr(session, f"title_{language}") or session.title,
                "day": date_format(start, "l, j F"),
                "start": date_format(start, "H:i"),
                "end": date_format(end, "H:i"),
                "room": session.room.name if session.room else _("all rooms"),
            }
            messages = {
                ChangeKind.RESCHEDULED: _("“%(title)s” now takes place on %(day)s, %(start)s–%(end)s."),
                ChangeKind.MOVED: _("“%(title)s” moves to %(room)s."),
                ChangeKind.CANCELLED: _("“%(title)s” is cancelled."),
                ChangeKind.RESTORED: _("“%(title)s” is back in the programme, %(day)s, %(start)s–%(end)s."),
                ChangeKind.REMOVED: _("“%(title)s” is taken out of the programme."),
            }
            descriptions[f"description_{language}"] = messages[kind] % params
    return descriptions


def update_session(*, session, **changes):
    """Save a session's new values; on a published event, log each change of time, room or cancellation, and tell
    the event's followers of each change and of a new session."""
    with transaction.atomic():
        previous = Session.objects.select_related("event").get(pk=session.pk) if session.pk else None
        for field, value in changes.items():
            setattr(session, field, value)
        session.save()
        if previous is None:
            if session.event.status == EventStatus.PUBLISHED:
                notify_followers(kind=NEW_SESSION, subject=session)
            return session
        if previous.event.status != EventStatus.PUBLISHED:
            return session
        kinds = []
        if previous.is_cancelled != session.is_cancelled:
            kinds.append(ChangeKind.CANCELLED if session.is_cancelled else ChangeKind.RESTORED)
        elif not session.is_cancelled:
            if (previous.start, previous.end) != (session.start, session.end):
                kinds.append(ChangeKind.RESCHEDULED)
            if previous.room_id != session.room_id:
                kinds.append(ChangeKind.MOVED)
        for kind in kinds:
            change = ProgrammeChange.objects.create(
                event_id=session.event_id, session=session, kind=kind, **_describe(session, kind)
            )
            notify_followers(kind=PROGRAMME_CHANGE, subject=change)
    return session


def delete_session(*, session):
    """Delete a session; on a published event the change log keeps a line saying it was taken out, and the
    event's followers and those who starred the session are told (before the stars go with it)."""
    with transaction.atomic():
        event = session.event
        if event.status == EventStatus.PUBLISHED:
            change = ProgrammeChange.objects.create(
                event=event, session=session, kind=ChangeKind.REMOVED, **_describe(session, ChangeKind.REMOVED)
            )
            notify_followers(kind=PROGRAMME_CHANGE, subject=change)
        session.delete()  # the change-log line stays, its session emptied (SET_NULL)


def place_session(*, session, day, room, start, end):
    """Move a session to another day, room or time, as the programme desk does.

    On a published programme the move is a draft (`SessionDraft`) that the public does not see until
    `publish_programme`; moved back to where the public sees it, the draft is dropped. A programme not yet
    published is changed at once.
    """
    if session.event.status != EventStatus.PUBLISHED:
        return update_session(session=session, day=day, room=room, start=start, end=end)
    place = {"day": day, "room": room, "start": start, "end": end}
    with transaction.atomic():
        published = Session.objects.select_for_update().get(pk=session.pk)
        if all(getattr(published, field) == value for field, value in place.items()):
            SessionDraft.objects.filter(session=published).delete()
        else:
            SessionDraft.objects.update_or_create(session=published, defaults=place)
    return session


def publish_programme(*, event):
    """Make the unpublished changes of `event`'s programme public, all in one transaction: each session moves, its
    change-log lines are written and the event's followers and those who starred it are told (`update_session`).

    Nothing is applied when the result would put two sessions in one room at once (`ProgrammeError`).
    Returns the sessions that changed.
    """
    with transaction.atomic():
        Event.objects.select_for_update().get(pk=event.pk)  # one publication at a time
        sessions = desk_sessions(event)
        drafted = {session.pk for session in sessions if session.is_draft}
        clashes = [clash for clash in room_clashes(sessions) if drafted & {session.pk for session in clash.sessions}]
        if clashes:
            raise ProgrammeError([clash.message for clash in clashes])
        changed = []
        drafts = SessionDraft.objects.filter(session__event=event).select_related(
            "day", "room", "session__event", "session__day", "session__room"
        )
        for draft in drafts:
            place = {field: getattr(draft, field) for field in draft.PLACE}
            changed.append(update_session(session=draft.session, **place))
        SessionDraft.objects.filter(session__event=event).delete()
    return changed


def discard_programme_changes(*, event):
    """Drop the unpublished changes of `event`'s programme; returns how many sessions had one."""
    deleted, _by_model = SessionDraft.objects.filter(session__event=event).delete()
    return deleted


def toggle_star(*, user, session):
    """Add the session to the user's programme, or take it out; returns True when it is now starred."""
    star, created = session.stars.get_or_create(user=user)
    if not created:
        star.delete()
    return created
