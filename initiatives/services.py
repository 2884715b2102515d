"""Writes to calls: posting, editing, approval, interest and the closing of expired calls.

Only accepted members of an organisation post and edit its calls (`directory.membership`); moderators approve the
first calls of an organisation and may hide a call (never delete it).
"""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from directory import membership
from initiatives.enums import CallStatus
from initiatives.models import Call, Interest
from initiatives.tasks import send_interest_email

TRANSLATED = ("title", "summary", "description")
RELATIONS = ("themes", "target_groups")


def can_edit_call(user, call):
    """Members of the call's organisation edit it; so do moderators."""
    return membership.may_act_for(user, call.organisation)


def organisation_is_trusted(organisation):
    """An organisation with an approved call posts the next ones without waiting for a moderator."""
    return Call.objects.filter(organisation=organisation, approved_at__isnull=False).exists()


def _apply(call, data):
    relations = {name: data.pop(name) for name in RELATIONS if name in data}
    for name, value in data.items():
        setattr(call, name, value)
    return relations


def post_call(*, user, data):
    """Post a call in the name of `data["organisation"]`, which `user` must be a member of. It opens at once when
    the organisation already has an approved call, else it waits for a moderator's approval."""
    organisation = data["organisation"]
    if not membership.is_member(user, organisation):
        raise PermissionDenied
    with transaction.atomic():
        call = Call(posted_by=user)
        relations = _apply(call, dict(data))
        if organisation_is_trusted(organisation):
            call.status = CallStatus.OPEN
            call.approved_at = timezone.now()
        call.save()
        for name, values in relations.items():
            getattr(call, name).set(values)
    return call


def update_call(*, user, call, data):
    """Save the edited call; the organisation cannot change to one the editor is not a member of."""
    if not can_edit_call(user, call) or (
        "organisation" in data
        and data["organisation"] != call.organisation
        and not membership.is_member(user, data["organisation"])
    ):
        raise PermissionDenied
    with transaction.atomic():
        relations = _apply(call, dict(data))
        if call.status == CallStatus.CLOSED and call.closes_on >= timezone.localdate():
            call.status, call.closed_at = CallStatus.OPEN, None  # a later date reopens an expired call
        call.save()
        for name, values in relations.items():
            getattr(call, name).set(values)
    return call


def approve_calls(*, calls):
    """Open calls awaiting approval; returns how many were approved."""
    approved = 0
    for call in calls:
        if call.status == CallStatus.PENDING:
            call.status, call.approved_at = CallStatus.OPEN, timezone.now()
            call.save(update_fields=["status", "approved_at", "updated_at"])
            approved += 1
    return approved


def hide_calls(*, calls):
    """Take calls off the site without deleting what was written."""
    for call in calls:
        call.status = CallStatus.HIDDEN
        call.save(update_fields=["status", "updated_at"])


def close_expired_calls(*, today=None):
    """Close every open call whose last day has passed; returns how many. Safe to run again."""
    today = today or timezone.localdate()
    closed = 0
    for call in Call.objects.filter(status=CallStatus.OPEN, closes_on__lt=today):
        call.status, call.closed_at = CallStatus.CLOSED, timezone.now()
        call.save(update_fields=["status", "closed_at", "updated_at"])  # signals retire pages and re-index
        closed += 1
    return closed


class InterestError(Exception):
    pass


def express_interest(*, user, call, message=""):
    """Record `user`'s interest in an open call and e-mail the members of its organisation after the commit.

    Asking twice keeps one interest (the newer message); a closed call takes no more interest.
    """
    if not call.is_open:
        raise InterestError
    with transaction.atomic():
        interest, created = Interest.objects.update_or_create(call=call, user=user, defaults={"message": message})
        if created:
            transaction.on_commit(lambda: send_interest_email.enqueue(interest.pk))
    return interest
