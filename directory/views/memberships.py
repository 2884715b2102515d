"""Joining an organisation: the request from its page, and the members page where its administrators decide."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.roles import user_can_post
from directory import membership as memberships
from directory.enums import MembershipStatus
from directory.forms import MembershipDecisionForm, MembershipRequestForm
from directory.models import Membership, Organisation


@login_required
@require_POST
def request_to_join(request, slug):
    """Ask to join the organisation; its administrators are told and decide."""
    organisation = get_object_or_404(Organisation, slug=slug)
    if not user_can_post(request.user):
        messages.error(request, _("Please verify your e-mail address before asking to join an organisation."))
        return redirect(organisation)
    form = MembershipRequestForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Your message is too long: please keep it under 1000 characters."))
        return redirect(organisation)
    membership = memberships.request_membership(
        user=request.user, organisation=organisation, message=form.cleaned_data["message"]
    )
    if membership.status == MembershipStatus.ACCEPTED:
        messages.info(request, _("You are already a member of this organisation."))
    else:
        messages.success(request, _("Your request to join has been sent. We will e-mail you the answer."))
    return redirect(organisation)


@login_required
@require_POST
def leave(request, slug):
    organisation = get_object_or_404(Organisation, slug=slug)
    memberships.leave_organisation(user=request.user, organisation=organisation)
    messages.success(request, _("You are no longer a member of this organisation."))
    return redirect(organisation)


@login_required
def members(request, slug):
    """The organisation's open requests and members, for its administrators and moderators."""
    organisation = get_object_or_404(Organisation, slug=slug)
    if not memberships.can_decide(request.user, organisation):
        raise PermissionDenied
    context = {
        "organisation": organisation,
        "requests": memberships.requests_for(organisation),
        "members": memberships.members_of(organisation),
        "decision_form": MembershipDecisionForm(),
    }
    return render(request, "directory/organisation_members.html", context)


@login_required
@require_POST
def decide(request, slug, pk):
    """Accept or decline one request to join (administrators of this organisation and moderators only)."""
    organisation = get_object_or_404(Organisation, slug=slug)
    membership = get_object_or_404(Membership.objects.select_related("user__profile"), pk=pk, organisation=organisation)
    form = MembershipDecisionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose whether to accept or decline the request."))
        return redirect("directory:organisation-members", slug=slug)
    accept = form.cleaned_data["decision"] == "accept"
    memberships.decide_membership(membership=membership, by=request.user, accept=accept)
    name = membership.user.profile.display_name if hasattr(membership.user, "profile") else membership.user
    if accept:
        messages.success(request, _("%(name)s is now a member.") % {"name": name})
    else:
        messages.success(request, _("The request of %(name)s is declined.") % {"name": name})
    return redirect("directory:organisation-members", slug=slug)
