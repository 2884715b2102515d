"""The programme desk: an event's organisers (and moderators) see each day's timetable with its conflicts and move
sessions to another room or time, one form per session, with the last move undoable."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext

from core import roles

from .. import services
from ..conflicts import programme_conflicts
from ..desk import timetable
from ..forms import SessionPlaceForm
from ..models import Event, Session

UNDO_KEY = "programme_desk_undo"


def managed_event(request, slug):
    event = get_object_or_404(Event, slug=slug)
    if not (roles.is_moderator(request.user) or roles.is_organiser_of(request.user, event)):
        raise PermissionDenied
    return event


@login_required
def desk(request, slug, day=None):
    """One day of the timetable (the first by default), the programme's conflicts, and the last move to undo."""
    event = managed_event(request, slug)
    days = list(event.days.order_by("date"))
    current = next((d for d in days if d.pk == day), days[0] if days else None)
    rooms = list(event.rooms.all())
    sessions = list(event.sessions.select_related("room", "day").prefetch_related("roles__person"))
    undo = request.session.get(UNDO_KEY)
    conflicts = programme_conflicts(event, sessions)
    context = {
        "event": event,
        "days": days,
        "day": current,
        "rooms": rooms,
        "rows": timetable(current, rooms, sessions) if current else [],
        "conflicts": conflicts,
        "in_conflict": {session.pk for conflict in conflicts for session in conflict.sessions},
        "undo": undo if undo and undo.get("event") == event.pk else None,
    }
    return render(request, "events/desk/desk.html", context)


@login_required
def move(request, slug, pk):
    """Move one session (another day, room or time); a room taken at that time is refused with the form kept."""
    event = managed_event(request, slug)
    session = get_object_or_404(Session.objects.select_related("event", "day", "room"), pk=pk, event=event)
    before = {
        "event": event.pk,
        "session": session.pk,
        "title": session.title,
        "day": session.day_id,
        "room": session.room_id or "",
        "start": timezone.localtime(session.start).strftime("%Y-%m-%dT%H:%M"),
        "end": timezone.localtime(session.end).strftime("%Y-%m-%dT%H:%M"),
    }
    form = SessionPlaceForm(request.POST or None, instance=session)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        services.update_session(
            session=session, day=data["day"], room=data["room"], start=data["start"], end=data["end"]
        )
        request.session[UNDO_KEY] = before
        messages.success(request, gettext("“%(title)s” is moved.") % {"title": session.title})
        return redirect("events:desk-day", slug=event.slug, day=session.day_id)
    return render(request, "events/desk/move.html", {"event": event, "session": session, "form": form})
