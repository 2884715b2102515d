"""Registering, cancelling and starring sessions: small POST endpoints that work without JavaScript."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.roles import user_can_post
from events import queries, services
from events.enums import EventStatus, RegistrationStatus
from events.forms import RegistrationForm
from events.models import Event, Registration, Session


@login_required
def register(request, slug):
    """Show the registration form (GET) or register the signed-in participant (POST)."""
    event = get_object_or_404(Event.objects.public(), slug=slug)
    if not user_can_post(request.user):
        messages.error(request, _("Please verify your e-mail address before registering for events."))
        return redirect(event)
    form = RegistrationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            registration = services.register_participant(event=event, user=request.user, **form.cleaned_data)
        except services.RegistrationError as error:
            messages.error(request, str(error))
            return redirect(event)
        if registration.status == RegistrationStatus.WAITLISTED:
            messages.warning(
                request,
                _(
                    "The event is full. You are number %(position)d on the waiting list; "
                    "we will e-mail you if a place frees up."
                )
                % {"position": queries.waiting_list_position(registration)},
            )
        else:
            messages.success(request, _("You are registered. See you there!"))
        return redirect(event)
    return render(request, "events/register.html", {"event": event, "form": form})


@login_required
@require_POST
def cancel_registration(request, slug):
    """Cancel the signed-in participant's registration; the first person waiting takes the place."""
    registration = get_object_or_404(
        Registration.objects.active().select_related("event"), event__slug=slug, user=request.user
    )
    services.cancel_registration(registration=registration)
    messages.success(request, _("Your registration is cancelled."))
    return redirect(registration.event)


@login_required
@require_POST
def toggle_star(request, slug, pk):
    """Add a session to “my programme” or take it out; answers JSON to the script, a redirect to a plain form."""
    session = get_object_or_404(Session.objects.filter(event__status__in=EventStatus.public()), event__slug=slug, pk=pk)
    starred = services.toggle_star(user=request.user, session=session)
    if request.headers.get("Accept") == "application/json":
        return JsonResponse({"starred": starred})
    messages.success(request, _("Added to my programme.") if starred else _("Removed from my programme."))
    next_url = request.POST.get("next", "")
    if next_url.startswith("/") and not next_url.startswith("//"):
        return redirect(next_url)
    return redirect(session)
