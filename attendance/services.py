"""Ticking participants present at the door, and issuing certificates of attendance."""

from django.db import transaction
from django.db.models import Count, Q
from django.utils.crypto import get_random_string

from attendance.models import Certificate, CertificateSettings, CheckIn
from events.enums import RegistrationStatus
from events.models import Registration

# No 0/O or 1/I: the code is read off paper and typed in.
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 10


class TickError(Exception):
    """A tick that names no confirmed registration of the event, or a day of another event."""


def tick(*, registration, day, present, ticked_at, ticked_by, client_id="", session=None):
    """Record a participant present (or not) on a day, or in one `session` of that day; returns the check-in.

    Sent twice (a queued tick replayed), a tick is applied once; arriving after a newer tick for the same person
    and day (or session), it changes nothing.
    """
    if registration.event_id != day.event_id or registration.status != RegistrationStatus.CONFIRMED:
        raise TickError(registration.pk)
    if session is not None and session.day_id != day.pk:
        raise TickError(registration.pk)
    with transaction.atomic():
        check_in, created = CheckIn.objects.select_for_update().get_or_create(
            registration=registration,
            day=day,
            session=session,
            defaults={"present": present, "ticked_at": ticked_at, "ticked_by": ticked_by, "client_id": client_id},
        )
        if created or (client_id and client_id == check_in.client_id) or check_in.ticked_at > ticked_at:
            return check_in
        check_in.present, check_in.ticked_at, check_in.ticked_by, check_in.client_id = (
            present,
            ticked_at,
            ticked_by,
            client_id,
        )
        check_in.save(update_fields=["present", "ticked_at", "ticked_by", "client_id"])
    return check_in


def days_required(event):
    settings = CertificateSettings.objects.filter(event=event).first()
    total = event.days.count()
    if settings is None or settings.minimum_days is None:
        return total
    return min(settings.minimum_days, total)


def eligible_registrations(event):
    """Confirmed registrations present on at least the required number of the event's days (a day counts when
    the participant was ticked for the day or for any session of it)."""
    present = Q(check_ins__present=True, check_ins__day__event=event)
    return (
        Registration.objects.filter(event=event, status=RegistrationStatus.CONFIRMED)
        .annotate(days_present=Count("check_ins__day", filter=present, distinct=True))
        .filter(days_present__gte=max(days_required(event), 1))
        .select_related("user__profile")
    )


def holder_name(user):
    profile = getattr(user, "profile", None)
    return (profile.display_name if profile else "") or user.get_full_name() or user.get_username()


def issue_certificates(*, event):
    """Give a certificate to every eligible participant who has none yet; returns how many were issued."""
    if not CertificateSettings.objects.filter(event=event).exists():
        return 0
    issued = 0
    for registration in eligible_registrations(event).filter(certificate__isnull=True):
        Certificate.objects.create(
            registration=registration,
            code=get_random_string(CODE_LENGTH, CODE_ALPHABET),
            holder_name=holder_name(registration.user),
            days_attended=registration.days_present,
        )
        issued += 1
    return issued
