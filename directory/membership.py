"""Organisation membership: who belongs to which organisation, and the request, accept and decline that decide it.

A participant asks to join from the organisation's page; the organisation's administrators (accepted members with
the administrator role) or a moderator accept or decline; the requester is told by e-mail in their language.
An organisation's first administrator is named by a moderator in the admin (a membership with the administrator
role, accepted). Members post calls, offers and answers in the organisation's name: other apps ask
`organisations_of(user)` and `is_member(user, organisation)`, never the rows themselves.
"""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from core import roles
from directory import services
from directory.enums import MembershipRole, MembershipStatus
from directory.models import Membership, Organisation
from directory.tasks import send_membership_decision, send_membership_request

# --- reading ---------------------------------------------------------------------------------------------------


def organisations_of(user):
    """The organisations `user` is an accepted member of (none for an anonymous visitor)."""
    if not user.is_authenticated:
        return Organisation.objects.none()
    return Organisation.objects.filter(memberships__user=user, memberships__status=MembershipStatus.ACCEPTED).distinct()


def _accepted(user, organisation):
    if not user.is_authenticated or organisation is None:
        return Membership.objects.none()
    return Membership.objects.accepted().filter(user=user, organisation=organisation)


def is_member(user, organisation):
    """Whether `user` is an accepted member of `organisation` (administrators are members too)."""
    return _accepted(user, organisation).exists()


def is_admin_of(user, organisation):
    """Whether `user` is an accepted administrator of `organisation`."""
    return _accepted(user, organisation).filter(role=MembershipRole.ADMIN).exists()


def may_act_for(user, organisation):
    """Whether `user` may change what was posted in `organisation`'s name, or read what was sent to it: its accepted
    members, and moderators for every organisation."""
    return user.is_authenticated and (roles.is_moderator(user) or is_member(user, organisation))


def can_decide(user, organisation):
    """Who accepts and declines requests to join `organisation`: its administrators and moderators."""
    return user.is_authenticated and (roles.is_moderator(user) or is_admin_of(user, organisation))


def membership_of(user, organisation):
    """`user`'s membership row of `organisation` in any status, or None."""
    if not user.is_authenticated:
        return None
    return Membership.objects.filter(user=user, organisation=organisation).first()


def members_of(organisation):
    """The accepted members of `organisation` with their profiles, administrators first, then by name."""
    return (
        Membership.objects.accepted()
        .filter(organisation=organisation)
        .select_related("user__profile")
        .order_by("role", "user__profile__display_name", "pk")
    )


def addressees(organisation):
    """The accepted members of `organisation` to e-mail about it: active accounts with an address, as users with
    their profiles (for the language they read)."""
    return [membership.user for membership in members_of(organisation).reachable()]


def requests_for(organisation):
    """The open requests to join `organisation`, oldest first."""
    return (
        Membership.objects.requested()
        .filter(organisation=organisation)
        .select_related("user__profile")
        .order_by("created_at", "pk")
    )


# --- writing ---------------------------------------------------------------------------------------------------


def request_membership(*, user, organisation, message=""):
    """Ask for `user` to join `organisation`. A pending or accepted membership is returned as it is; a declined
    one is reopened. The organisation's administrators are told by e-mail after the commit."""
    with transaction.atomic():
        services.ensure_profile(user=user)  # the members list names people by their profile
        membership, created = Membership.objects.select_for_update().get_or_create(
            user=user, organisation=organisation, defaults={"message": message}
        )
        if not created and membership.status != MembershipStatus.DECLINED:
            return membership
        if not created:
            membership.status = MembershipStatus.REQUESTED
            membership.message = message
            membership.decided_at = None
            membership.decided_by = None
            membership.save()
        transaction.on_commit(lambda: send_membership_request.enqueue(membership.pk))
    return membership


def decide_membership(*, membership, by, accept):
    """Accept or decline an open request to join, as `by` (an administrator of the organisation or a moderator);
    the requester is told by e-mail in their language. A request already decided is left as it is."""
    if not can_decide(by, membership.organisation):
        raise PermissionDenied
    with transaction.atomic():
        membership = Membership.objects.select_for_update().get(pk=membership.pk)
        if membership.status != MembershipStatus.REQUESTED:
            return membership
        membership.status = MembershipStatus.ACCEPTED if accept else MembershipStatus.DECLINED
        membership.decided_at = timezone.now()
        membership.decided_by = by
        membership.save(update_fields=["status", "decided_at", "decided_by", "updated_at"])
        transaction.on_commit(lambda: send_membership_decision.enqueue(membership.pk))
    return membership


def leave_organisation(*, user, organisation):
    """`user` leaves `organisation`: their membership row goes (they may ask again later)."""
    Membership.objects.filter(user=user, organisation=organisation).delete()


# --- personal data (core.privacy) ------------------------------------------------------------------------------


def export(user):
    return {
        "memberships": [
            {
                "organisation": membership.organisation.name,
                "role": membership.role,
                "status": membership.status,
                "message": membership.message,
                "requested": membership.created_at.isoformat(),
                "decided": membership.decided_at.isoformat() if membership.decided_at else None,
            }
            for membership in Membership.objects.filter(user=user).select_related("organisation").order_by("pk")
        ]
    }


def erase(*, user, former_member):
    """A membership is the person's own: it goes with the account (decisions they made keep no name)."""
    Membership.objects.filter(user=user).delete()
    Membership.objects.filter(decided_by=user).update(decided_by=None)
