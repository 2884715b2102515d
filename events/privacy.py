"""What the events app holds about a person: their data export and the erasure of their account (see core.privacy)."""

from core.absolute import absolute_url
from events.models import MessageReceipt, Registration, StarredSession
from events.services import cancel_registration


def export(user):
    """Registrations (with what the participant told the organisers), the organisers' messages to them (and when
    they opened each) and the sessions in their programme."""
    return {
        "registrations": [
            {
                "event": registration.event.title,
                "url": absolute_url(registration.event),
                "status": registration.status,
                "organisation": registration.organisation,
                "accessibility_needs": registration.accessibility_needs,
                "registered_at": registration.created_at,
            }
            for registration in Registration.objects.filter(user=user)
            .select_related("event")
            .order_by("created_at", "pk")
        ],
        "organiser_messages": [
            {
                "event": receipt.message.event.title,
                "subject": receipt.message.subject,
                "sent_at": receipt.message.sent_at,
                "read_at": receipt.read_at,
            }
            for receipt in MessageReceipt.objects.filter(registration__user=user)
            .select_related("message__event")
            .order_by("pk")
        ],
        "starred_sessions": [
            {"session": star.session.title, "event": star.session.event.title, "start": star.session.start}
            for star in StarredSession.objects.filter(user=user).select_related("session__event").order_by("pk")
        ],
    }


def erase(*, user, former_member):
    """Cancel the user's registrations through the events service, so the waiting list is promoted and told;
    then the registrations and stars go. Nothing is handed to `former_member`."""
    for registration in Registration.objects.filter(user=user).active():
        cancel_registration(registration=registration, notify_participant=False)
    Registration.objects.filter(user=user).delete()
    StarredSession.objects.filter(user=user).delete()
