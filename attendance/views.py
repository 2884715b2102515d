"""The check-in list at the door (organisers of the event and moderators), and certificates: the holder's PDF and
the public page that confirms a code."""

import json

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext
from django.views.decorators.http import require_POST

from attendance import services
from attendance.certificates import render_pdf
from attendance.models import Certificate, CheckIn
from attendance.services import holder_name
from core import roles
from core.i18n import page_language
from directory.models.profiles import language_of
from events.enums import RegistrationStatus, SessionKind
from events.models import Event, ProgrammeDay

MAX_TICKS_PER_REQUEST = 500


def managed_day(request, slug, day):
    """The event, its day and the session of that day the list is for (None: the whole day), for the event's
    organisers and moderators only. The session comes from `?session=`; one of another day is not found."""
    event = Event.objects.get_managed(request.user, slug=slug)
    programme_day = get_object_or_404(ProgrammeDay, pk=day, event=event)
    session_id = _number(request.GET.get("session"))
    session = get_object_or_404(programme_day.sessions, pk=session_id) if session_id else None
    return event, programme_day, session


@login_required
def check_in_list(request, slug, day):
    """Everyone confirmed for the event, with a tick per person for the day (or one of its sessions); a search
    narrows it by name."""
    # The day and the session are picked from the lists the page shows to move between them (one query each), so
    # only a session the page offers has a list: not a break.
    event = Event.objects.get_managed(request.user, slug=slug)
    days = list(event.days.order_by("date"))
    programme_day = _pick(days, day)
    sessions = list(programme_day.sessions.scheduled().exclude(kind=SessionKind.BREAK).select_related("room"))
    session_id = _number(request.GET.get("session"))
    session = _pick(sessions, session_id) if session_id else None
    query = request.GET.get("q", "").strip()[:100]
    registrations = (
        event.registrations.filter(status=RegistrationStatus.CONFIRMED)
        .select_related("user__profile")
        .order_by("user__profile__display_name", "position")
    )
    ticked = CheckIn.objects.filter(day=programme_day, session=session, present=True)
    present = set(ticked.values_list("registration_id", flat=True))
    rows = [
        {"registration": registration, "present": registration.pk in present}
        for registration in registrations
        if query.casefold() in holder_name(registration.user).casefold()  # SQLite folds only ASCII letters
    ]
    context = {
        "event": event,
        "day": programme_day,
        "days": days,
        "session": session,
        "sessions": sessions,
        "rows": rows,
        "query": query,
        "present_count": sum(row["present"] for row in rows),
    }
    return render(request, "attendance/check_in.html", context)


@login_required
@require_POST
def tick(request, slug, day):
    """One tick from the list's form (the page without JavaScript)."""
    event, programme_day, session = managed_day(request, slug, day)
    registration = get_object_or_404(event.registrations, pk=_number(request.POST.get("registration")) or 0)
    try:
        services.tick(
            registration=registration,
            day=programme_day,
            session=session,
            present=request.POST.get("present") == "1",
            ticked_at=timezone.now(),
            ticked_by=request.user,
        )
    except services.TickError:
        messages.error(request, gettext("Only confirmed participants can be ticked present."))
    back = reverse("attendance:check-in", args=[slug, day]) + (f"?session={session.pk}" if session else "")
    return redirect(f"{back}#registration-{registration.pk}")


@login_required
@require_POST
def ticks(request, slug, day):
    """Ticks queued by the list's script while the connection was down, sent as one JSON batch; each applied once."""
    event, programme_day, session = managed_day(request, slug, day)
    try:
        batch = json.loads(request.body)["ticks"][:MAX_TICKS_PER_REQUEST]
    except (ValueError, KeyError, TypeError):
        return JsonResponse({"error": gettext("The ticks could not be read.")}, status=400)
    registrations = {
        r.pk: r for r in event.registrations.filter(pk__in=[_int(t) for t in batch if isinstance(t, dict)])
    }
    applied = []
    for item in batch:
        registration = registrations.get(_int(item)) if isinstance(item, dict) else None
        ticked_at = _when(item.get("ticked_at")) if registration else None
        if registration is None or ticked_at is None:
            continue
        try:
            services.tick(
                registration=registration,
                day=programme_day,
                session=session,
                present=bool(item.get("present")),
                ticked_at=ticked_at,
                ticked_by=request.user,
                client_id=str(item.get("id", ""))[:64],
            )
        except services.TickError:
            continue
        applied.append(str(item.get("id", "")))
    return JsonResponse({"applied": applied})


def _pick(rows, pk):
    """The row of `rows` whose primary key is `pk`; Http404 when none is."""
    for row in rows:
        if row.pk == pk:
            return row
    raise Http404


def _int(item):
    return _number(item.get("registration"))


def _number(value):
    """A positive database id from a form, the query string or JSON, or None."""
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        return None
    return number if 0 < number < 2**63 else None


def _when(value):
    """A tick's time: ISO 8601 from the device, never in the future (a wrong clock)."""
    try:
        moment = parse_datetime(str(value))
    except ValueError:
        return None
    if moment is None:
        return None
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment)
    return min(moment, timezone.now())


@login_required
def certificate_pdf(request, code):
    """The holder's certificate, in their language; organisers of the event and moderators may read it too."""
    certificate = get_object_or_404(
        Certificate.objects.select_related("registration__event__certificate_settings", "registration__user__profile"),
        code=code,
    )
    registration = certificate.registration
    if registration.user_id != request.user.pk and not (
        roles.is_moderator(request.user) or roles.is_organiser_of(request.user, registration.event)
    ):
        raise Http404
    language = language_of(registration.user) if registration.user_id == request.user.pk else page_language()
    response = HttpResponse(render_pdf(certificate, language=language), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="certificate-{certificate.code}.pdf"'
    return response


def verify(request, code):
    """Anyone checks a code: the page confirms what the certificate says, and nothing more."""
    certificate = (
        Certificate.objects.select_related("registration__event").filter(code=code.strip().upper()[:16]).first()
    )
    status = 200 if certificate else 404
    return render(request, "attendance/verify.html", {"certificate": certificate, "code": code[:16]}, status=status)


def verify_lookup(request):
    """The form on the verification page: a typed code goes to its page (spaces and dashes dropped)."""
    code = "".join(char for char in request.GET.get("code", "") if char.isascii() and char.isalnum()).upper()[:16]
    if not code:
        return render(request, "attendance/verify.html", {"certificate": None, "code": ""})
    return redirect("attendance:certificate-verify", code=code)
