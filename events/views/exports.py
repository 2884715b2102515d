"""Machine-readable programmes and calendars: iCalendar, JSON, frab schedule.xml and c3voc schedule.json."""

from django.core import signing
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from directory.tokens import make_token, read_token
from events import calendars, schedules
from events.caching import event_pages
from events.enums import EventStatus
from events.models import Event, Session
from events.queries import programme_sessions

CALENDAR_TYPE = "text/calendar; charset=utf-8"
STARRED_FEED_PURPOSE = "events-starred-feed"


def starred_feed_token(user):
    """The secret part of a participant's personal calendar URL (calendar apps cannot sign in).

    It never expires, since calendar apps keep the address for good; resetting private links on the profile
    page replaces it.
    """
    return make_token(user=user, purpose=STARRED_FEED_PURPOSE)


def _public_event(slug):
    return get_object_or_404(Event.objects.public().select_related("organiser"), slug=slug)


def _until_change(event, export, compute):
    """`compute()` for one export of `event`'s programme in this language, kept until a write retires the event
    pages (or a minute): calendar and conference apps poll these addresses, and a 100-session programme takes
    ~80 ms to write. Every address in it comes from SITE_URL, never the request."""
    return event_pages.cached_until_change(f"export:{export}:{event.pk}:{get_language()}", compute)


def _calendar_response(body, filename):
    response = HttpResponse(body, content_type=CALENDAR_TYPE)
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


def event_ical(request, slug):
    """The event's programme as iCalendar: one VEVENT per session, or the event itself before a programme exists."""
    event = _public_event(slug)

    def compute():
        sessions = list(programme_sessions(event).select_related("event"))
        if sessions:
            return calendars.sessions_ical(sessions, name=event.title)
        return calendars.events_ical([event], name=event.title)

    return _calendar_response(_until_change(event, "ical", compute), f"{event.slug}.ics")


def session_ical(request, slug, pk):
    """One session as iCalendar, for “add to calendar”."""
    session = get_object_or_404(programme_sessions(_public_event(slug)).select_related("event"), pk=pk)
    return _calendar_response(calendars.sessions_ical([session], name=session.event.title), f"session-{pk}.ics")


def upcoming_ical(request):
    """Every upcoming public event, one VEVENT each."""
    events = Event.objects.upcoming()
    return _calendar_response(calendars.events_ical(events, name=_("Upcoming events")), "events.ics")


def starred_ical(request, user_id, token):
    """A participant's starred sessions; the signed token in the URL stands in for signing in."""
    try:
        user, _data = read_token(token, purpose=STARRED_FEED_PURPOSE)
    except signing.BadSignature as error:
        raise Http404 from error
    if user.pk != user_id:
        raise Http404
    sessions = (
        Session.objects.filter(stars__user_id=user_id, event__status__in=EventStatus.public())
        .select_related("event", "room")
        .prefetch_related("roles__person")
        .order_by("start")
    )
    return _calendar_response(calendars.sessions_ical(sessions, name=_("My programme")), "my-programme.ics")


def programme_json(request, slug):
    """The programme as JSON: days, sessions, rooms and people."""
    event = _public_event(slug)
    data = _until_change(
        event,
        "json",
        lambda: calendars.programme_json(
            event, list(event.days.all()), programme_sessions(event).select_related("event")
        ),
    )
    return JsonResponse(data, json_dumps_params={"ensure_ascii": False, "indent": 2})


def programme_frab(request, slug):
    """The programme as frab-compatible schedule.xml."""
    event = _public_event(slug)
    body = _until_change(event, "frab", lambda: schedules.programme_frab(event, *_programme(event)))
    return HttpResponse(body, content_type="application/xml; charset=utf-8")


def programme_c3voc_json(request, slug):
    """The programme in c3voc's schedule.json shape, for conference apps that read JSON."""
    event = _public_event(slug)
    data = _until_change(event, "c3voc", lambda: schedules.programme_c3voc_json(event, *_programme(event)))
    return JsonResponse(data, json_dumps_params={"ensure_ascii": False, "indent": 2})


def _programme(event):
    """(days, rooms, sessions) of `event`, as the schedule formats take them."""
    return list(event.days.all()), list(event.rooms.all()), list(programme_sessions(event).select_related("event"))
