"""The event page, its programme, a session, a person and the change log."""

from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.functional import SimpleLazyObject
from django.views.generic import DetailView

from core.absolute import absolute_url
from core.remembered_pages import SharedObjectMixin
from core.roles import user_can_post
from events.caching import cache_anonymous_page, cache_shared_page
from events.enums import EventStatus
from events.forms import ProgrammeFilterForm, RegistrationForm
from events.models import Event, Person, SessionRole
from events.queries import programme_sessions, waiting_list_position
from events.starred import starred_sessions

from .exports import starred_feed_token
from .mixins import EventMixin


def event_json_ld(event):
    """schema.org Event for search engines: when, where (a place or online), by whom; rendered by core.jsonld."""
    status = {
        EventStatus.CANCELLED: "https://schema.org/EventCancelled",
    }.get(event.status, "https://schema.org/EventScheduled")
    if event.is_online:
        location = {"@type": "VirtualLocation", "url": absolute_url(event)}
    else:
        location = {
            "@type": "Place",
            "name": event.venue_name or event.city,
            "address": {
                "@type": "PostalAddress",
                "streetAddress": event.venue_address,
                "addressLocality": event.city,
                "addressCountry": event.country.code if event.country else "",
            },
        }
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "description": event.summary,
        "startDate": timezone.localtime(event.start).isoformat(),
        "endDate": timezone.localtime(event.end).isoformat(),
        "eventStatus": status,
        "eventAttendanceMode": "https://schema.org/OnlineEventAttendanceMode"
        if event.is_online
        else "https://schema.org/OfflineEventAttendanceMode",
        "location": location,
        "organizer": {"@type": "Organization", "name": event.organiser.name},
        "inLanguage": [code for code in event.languages.split(",") if code],
        "url": absolute_url(event),
    }
    if event.cover:
        data["image"] = absolute_url(event.cover)
    return data


@method_decorator(cache_anonymous_page, name="dispatch")
class EventDetailView(EventMixin, DetailView):
    template_name = "events/event_detail.html"
    context_object_name = "event"

    def get_context_data(self, **kwargs):
        event = self.object
        registration = self.get_registration(event)
        return super().get_context_data(
            registration=registration,
            waiting_position=waiting_list_position(registration) if registration else None,
            registration_form=RegistrationForm(),
            registration_open=event.registration_is_open(),
            can_register=user_can_post(self.request.user),
            json_ld=event_json_ld(event),
            has_programme=event.sessions.exists(),
            **kwargs,
        )


@method_decorator(cache_shared_page, name="dispatch")
class ProgrammeView(SharedObjectMixin, EventMixin, DetailView):
    """The timetable: one section per day, rooms as columns, sessions in time order."""

    template_name = "events/programme.html"
    context_object_name = "event"

    def shown_to_everyone(self, event):
        return event.is_public

    def get_queryset(self):
        return Event.objects.visible_to(self.request.user)

    def get_context_data(self, **kwargs):
        event = self.object
        # The filters and the timetable are the shared fragment `programme` (events.caching): read only when it
        # renders. The visitor's stars are theirs (events/starred.py).
        rooms = SimpleLazyObject(lambda: list(event.rooms.all()))
        filter_form = SimpleLazyObject(lambda: ProgrammeFilterForm(self.request.GET, event=event, rooms=rooms))

        def timetable():
            sessions = list(filter_form.filter(programme_sessions(event)))
            return build_timetable(list(event.days.all()), rooms, sessions)

        starred = starred_sessions(self.request.user) if self.request.user.is_authenticated else frozenset()
        return super().get_context_data(
            filter_form=filter_form,
            timetable=SimpleLazyObject(timetable),
            starred=starred,
            starred_feed_url=starred_feed_url(self.request.user),
            **kwargs,
        )


def starred_feed_url(user):
    if not user.is_authenticated:
        return ""
    return reverse("events:starred-ical", kwargs={"user_id": user.pk, "token": starred_feed_token(user)})


def build_timetable(days, rooms, sessions):
    """Per day: the rooms used that day as columns and the sessions grouped into time slots.

    A session without a room spans every column (plenary sessions and breaks).
    """
    timetable = []
    for day in days:
        day_sessions = [session for session in sessions if session.day_id == day.pk]
        if not day_sessions:
            continue
        columns = [room for room in rooms if any(session.room_id == room.pk for session in day_sessions)]
        column_of = {room.pk: index for index, room in enumerate(columns, start=1)}
        slots = {}
        for session in day_sessions:
            session.column = column_of.get(session.room_id)
            slots.setdefault(session.start, []).append(session)
        timetable.append(
            {
                "day": day,
                "columns": columns,
                "slots": [{"start": start, "sessions": items} for start, items in sorted(slots.items())],
            }
        )
    return timetable


@method_decorator(cache_anonymous_page, name="dispatch")
class SessionDetailView(DetailView):
    template_name = "events/session_detail.html"
    context_object_name = "session"

    def get_queryset(self):
        event = get_object_or_404(Event.objects.visible_to(self.request.user), slug=self.kwargs["slug"])
        return programme_sessions(event, materials=True)

    def get_context_data(self, **kwargs):
        user = self.request.user
        starred = user.is_authenticated and self.object.stars.filter(user=user).exists()
        return super().get_context_data(event=self.object.event, starred=starred, **kwargs)


@method_decorator(cache_anonymous_page, name="dispatch")
class PersonDetailView(DetailView):
    template_name = "events/person_detail.html"
    context_object_name = "person"

    def get_queryset(self):
        public_roles = (
            SessionRole.objects.filter(session__event__status__in=EventStatus.public())
            .select_related("session__event", "session__room")
            .order_by("-session__start")
        )
        return Person.objects.select_related("organisation").prefetch_related(
            Prefetch("roles", queryset=public_roles, to_attr="public_roles")
        )


@method_decorator(cache_anonymous_page, name="dispatch")
class ChangeLogView(EventMixin, DetailView):
    template_name = "events/change_log.html"
    context_object_name = "event"

    def get_context_data(self, **kwargs):
        changes = self.object.changes.select_related("session__event")
        return super().get_context_data(changes=changes, **kwargs)
