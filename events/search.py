"""What the site search indexes of events: public events, their sessions, and the people in their programmes."""

from django.utils.translation import gettext_lazy as _

from core.search import SearchSource

from .enums import EventStatus
from .models import Event, Person, Session, SessionRole

EVENTS = SearchSource(
    model=Event,
    kind="event",
    label=_("Event"),
    objects=lambda: Event.objects.public().prefetch_related("themes"),
    title="title",
    summary=("summary", "city", "venue_name"),
    body=("description", "target_audience"),
    dated="start",
    countries=lambda event: [event.country],
    themes=lambda event: [theme.slug for theme in event.themes.all()],
)

SESSIONS = SearchSource(
    model=Session,
    kind="session",
    label=_("Session"),
    objects=lambda: Session.objects.filter(event__status__in=EventStatus.public()).select_related("event"),
    title="title",
    summary=(lambda session, language: getattr(session.event, f"title_{language}") or session.event.title,),
    body=("description",),
    dated="start",
    follows={Event: lambda event: event.sessions.values_list("pk", flat=True)},
)

PEOPLE = SearchSource(
    model=Person,
    kind="person",
    label=_("Person in a programme"),
    objects=lambda: Person.objects.filter(roles__session__event__status__in=EventStatus.public()).distinct(),
    title="name",
    summary=("position_title",),
    body=("bio",),
    follows={
        SessionRole: lambda role: [role.person_id],
        Event: lambda event: Person.objects.filter(roles__session__event=event).values_list("pk", flat=True),
    },
)
