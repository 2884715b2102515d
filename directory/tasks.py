"""E-mails about organisation membership, sent by the task worker after the change is committed, each in the
reader's language."""

from django_tasks import task

from core.emails import send_templated_mail
from directory.enums import MembershipRole, MembershipStatus
from directory.models import Membership
from directory.models.profiles import language_of


@task()
def send_membership_request(membership_id):
    """Tell the organisation's administrators that someone asks to join."""
    membership = Membership.objects.select_related("organisation", "user__profile").filter(pk=membership_id).first()
    if membership is None or membership.status != MembershipStatus.REQUESTED:
        return
    admins = (
        Membership.objects.accepted()
        .reachable()
        .filter(organisation=membership.organisation, role=MembershipRole.ADMIN)
        .select_related("user__profile")
        .order_by("pk")
    )
    for admin in admins:
        send_templated_mail(
            to=[admin.user.email],
            template_prefix="directory/email/membership_requested",
            context={"membership": membership, "organisation": membership.organisation},
            language=language_of(admin.user),
        )


@task()
def send_membership_decision(membership_id):
    """Tell the requester whether the organisation accepted or declined them."""
    membership = Membership.objects.select_related("organisation", "user__profile").filter(pk=membership_id).first()
    if membership is None or not membership.user.email:
        return
    send_templated_mail(
        to=[membership.user.email],
        template_prefix="directory/email/membership_decided",
        context={
            "membership": membership,
            "organisation": membership.organisation,
            "accepted": membership.status == MembershipStatus.ACCEPTED,
        },
        language=language_of(membership.user),
    )
