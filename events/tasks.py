"""E-mails to participants, sent by the task worker after the registration change is committed."""

from django.conf import settings
from django.core.mail import send_mass_mail
from django.template.loader import render_to_string
from django.utils import translation
from django_tasks import task

from .models import Registration


@task()
def send_promotion_email(registration_id):
    """Tell a participant that a place freed up and they moved from the waiting list to confirmed."""
    registration = Registration.objects.select_related("event", "user").get(pk=registration_id)
    with translation.override(settings.LANGUAGE_CODE):
        context = {"registration": registration, "event": registration.event}
        subject = render_to_string("events/email/promoted_subject.txt", context).strip()
        body = render_to_string("events/email/promoted_body.txt", context)
    send_mass_mail([(subject, body, None, [registration.user.email])])


@task()
def send_registrant_message(registration_ids, subject, body):
    """Send an organiser's message to each registrant separately, so addresses stay private."""
    registrations = Registration.objects.filter(pk__in=registration_ids).select_related("user")
    send_mass_mail([(subject, body, None, [registration.user.email]) for registration in registrations])
