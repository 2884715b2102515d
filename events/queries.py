"""Shared reads: what the event pages, the exports and other apps' pages ask of the events."""

from django.db.models import Prefetch, Q

from .enums import EventStatus, RegistrationStatus
from .models import Event, Session, SessionRole, StarredSession


def event_cards(queryset=None):
    """Events with what a card shows (organiser), in one query plus none per card."""
    queryset = Event.objects.all() if queryset is None else queryset
    return queryset.select_related("organiser")


def programme_sessions(event, *, materials=False):
    """The sessions of `event` for the timetable and the exports, each with its room, day and people.

    Two queries whatever the size of the programme, four more with `materials`.
    """
    sessions = (
        Session.objects.filter(event=event)
        .select_related("event", "room", "day")
        .prefetch_related(Prefetch("roles", queryset=SessionRole.objects.select_related("person__organisation")))
        .order_by("start", "room__position", "pk")
    )
    if materials:
        sessions = sessions.prefetch_related("practices", "documents", "films", "materials")
    return sessions


def desk_sessions(event):
    """The sessions of `event` as its organisers are arranging them: each unpublished change put in place (in
    memory) and the session marked `is_draft`. Two queries whatever the size of the programme."""
    sessions = list(
        Session.objects.filter(event=event)
        .select_related("room", "day", "draft__room", "draft__day")
        .prefetch_related("roles__person")
    )
    for session in sessions:
        draft = getattr(session, "draft", None)  # select_related leaves no row: the accessor raises AttributeError
        session.is_draft = draft is not None
        if draft is not None:
            session.published_place = {field: getattr(session, field) for field in draft.PLACE}
            draft.apply_to(session)
    return sorted(sessions, key=lambda session: (session.start, session.pk))


def starred_by(change):
    """The ids of the participants who put the changed session in their programme (told of the change)."""
    if change.session_id is None:
        return set()
    return set(StarredSession.objects.filter(session_id=change.session_id).values_list("user_id", flat=True))


def events_presenting(practice):
    """Public events where `practice` was presented in a session, newest first."""
    return (
        Event.objects.filter(status__in=EventStatus.public(), sessions__practices=practice)
        .distinct()
        .select_related("organiser")
        .order_by("-start")
    )


def events_showing(film):
    """Public events whose programme showed `film` in a session, newest first."""
    return (
        Event.objects.public()
        .filter(sessions__films=film)
        .distinct()
        .order_by("-start")
        .only("id", "slug", "title_bg", "title_en", "start")
    )


def events_of_organisation(organisation):
    """Public events an organisation organised or partnered in, newest first."""
    return (
        Event.objects.public()
        .filter(Q(organiser=organisation) | Q(partners=organisation))
        .distinct()
        .select_related("organiser")
        .order_by("-start")
    )


def events_on_themes(theme_ids):
    return Event.objects.public().filter(themes__in=theme_ids).distinct().select_related("organiser").order_by("-start")


def events_of_project(project):
    return Event.objects.public().filter(project=project).select_related("organiser").order_by("-start")


def waiting_list_position(registration):
    """1 for the first person waiting; None when the registration is not waiting."""
    if registration.status != RegistrationStatus.WAITLISTED:
        return None
    return registration.event.registrations.waitlisted().filter(position__lte=registration.position).count()
