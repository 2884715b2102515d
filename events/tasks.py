"""E-mails to participants, sent by the task worker after the registration change is committed.

Each is written in the participant's language (their profile's choice) through core.emails.
"""

from urllib.parse import urlencode

from django.utils import translation
from django_tasks import task

from core.absolute import absolute_url
from core.emails import send_templated_mail
from directory.models.profiles import language_of

from . import calendars
from .enums import RegistrationStatus
from .models import MessageReceipt, Registration
from .queries import waiting_list_position
from .tokens import receipt_token


def _registrations(ids):
    return Registration.objects.filter(pk__in=ids).select_related("event", "user__profile").order_by("pk")


def _event_ics(event, language):
    """The event as an .ics attachment (the same calendar entry the event page offers), in `language`."""
    with translation.override(language):
        return (f"{event.slug}.ics", calendars.events_ical([event], name=event.title), "text/calendar")


def _send(registration, template_prefix, *, calendar=False, **context):
    language = language_of(registration.user)
    send_templated_mail(
        to=[registration.user.email],
        template_prefix=template_prefix,
        context={"registration": registration, "event": registration.event, **context},
        language=language,
        attachments=[_event_ics(registration.event, language)] if calendar else (),
    )


@task()
def send_registration_email(registration_id):
    """Confirm a registration with the event's details and its .ics, or tell the participant their place in line."""
    registration = _registrations([registration_id]).get()
    confirmed = registration.status == RegistrationStatus.CONFIRMED
    _send(
        registration,
        "events/email/registered",
        calendar=confirmed,
        confirmed=confirmed,
        waiting_position=waiting_list_position(registration),
    )


@task()
def send_cancellation_email(registration_id):
    """Confirm that a participant's registration is cancelled."""
    _send(_registrations([registration_id]).get(), "events/email/cancelled")


@task()
def send_promotion_email(registration_id):
    """Tell a participant that a place freed up and they moved from the waiting list to confirmed."""
    _send(_registrations([registration_id]).get(), "events/email/promoted", calendar=True)


@task()
def send_registrant_message(message_id):
    """Send an organiser's message to each registrant separately, so addresses stay private; each e-mail links to
    the reader's own copy on the site, whose opening tells the organisers it was read."""
    receipts = MessageReceipt.objects.filter(message_id=message_id).select_related(
        "message", "registration__event", "registration__user__profile"
    )
    for receipt in receipts.order_by("pk"):
        message = receipt.message
        with translation.override(language_of(receipt.registration.user)):  # the link opens the page in their language
            read_url = absolute_url(f"{message.get_absolute_url()}?{urlencode({'receipt': receipt_token(receipt)})}")
        _send(
            receipt.registration,
            "events/email/organiser_message",
            subject=message.subject,
            body=message.body,
            read_url=read_url,
        )
