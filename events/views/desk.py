"""The programme desk: an event's organisers (and moderators) see each day's timetable with its conflicts and move
sessions to another room or time, one form per session, with the last move undoable. On a published programme the
moves are drafts until the organisers publish them (or discard them)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext, ngettext
from django.views.decorators.http import require_POST

from .. import services
from ..conflicts import programme_conflicts
from ..desk import timetable
from ..forms import SessionPlaceForm
from ..models import Event
from ..queries import desk_sessions

UNDO_KEY = "programme_desk_undo"


@login_required
def desk(request, slug, day=None):
    """One day of the timetable (the first by default), the programme's conflicts, the unpublished changes and the
    last move to undo."""
    event = Event.objects.get_managed(request.user, slug=slug)
    days = list(event.days.order_by("date"))
    current = next((d for d in days if d.pk == day), days[0] if days else None)
    rooms = list(event.rooms.all())
    sessions = desk_sessions(event)
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
        "drafts": [session for session in sessions if session.is_draft],
        "undo": undo if undo and undo.get("event") == event.pk else None,
    }
    return render(request, "events/desk/desk.html", context)


@login_required
def move(request, slug, pk):
    """Move one session (another day, room or time); a room taken at that time is refused with the form kept."""
    event = Event.objects.get_managed(request.user, slug=slug)
    programme = desk_sessions(event)
    session = next((session for session in programme if session.pk == pk), None)
    if session is None:
        raise Http404
    before = {
        "event": event.pk,
        "session": session.pk,
        "title": session.title,
        "day": session.day_id,
        "room": session.room_id or "",
        "start": timezone.localtime(session.start).strftime("%Y-%m-%dT%H:%M"),
        "end": timezone.localtime(session.end).strftime("%Y-%m-%dT%H:%M"),
    }
    session.event = event
    form = SessionPlaceForm(request.POST or None, session=session, programme=programme)
    if request.method == "POST" and form.is_valid():
        services.place_session(session=session, **form.cleaned_data)
        request.session[UNDO_KEY] = before
        messages.success(request, gettext("“%(title)s” is moved.") % {"title": session.title})
        return redirect("events:desk-day", slug=event.slug, day=form.cleaned_data["day"].pk)
    return render(request, "events/desk/move.html", {"event": event, "session": session, "form": form})


@login_required
@require_POST
def publish(request, slug):
    """Make the programme's unpublished changes public, logged and announced to those who follow or starred them."""
    event = Event.objects.get_managed(request.user, slug=slug)
    try:
        changed = services.publish_programme(event=event)
    except services.ProgrammeError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        messages.success(
            request,
            ngettext(
                "The change to %(count)d session is published.",
                "The changes to %(count)d sessions are published.",
                len(changed),
            )
            % {"count": len(changed)},
        )
        request.session.pop(UNDO_KEY, None)
    return redirect("events:desk", slug=event.slug)


@login_required
@require_POST
def discard(request, slug):
    """Drop the programme's unpublished changes: the desk shows the published programme again."""
    event = Event.objects.get_managed(request.user, slug=slug)
    count = services.discard_programme_changes(event=event)
    messages.success(
        request,
        ngettext(
            "The unpublished change to %(count)d session is discarded.",
            "The unpublished changes to %(count)d sessions are discarded.",
            count,
        )
        % {"count": count},
    )
    request.session.pop(UNDO_KEY, None)
    return redirect("events:desk", slug=event.slug)
