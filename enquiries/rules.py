"""Who sees an enquiry: the moderators, and the members of the organisation it is assigned to. Nobody else does;
the enquirer follows it through the private link instead."""

from django.contrib.auth import get_user_model

from core import roles
from directory.membership import may_act_for, organisations_of
from enquiries.enums import EnquiryStatus
from enquiries.models import Enquiry


def can_see_enquiry(user, enquiry):
    if not user.is_authenticated or enquiry.status == EnquiryStatus.UNVERIFIED:
        return False
    return may_act_for(user, enquiry.organisation)


def enquiries_for(user):
    """The confirmed enquiries `user` may see at the desk: every one for moderators, else their organisations'."""
    enquiries = Enquiry.objects.confirmed().select_related("organisation")
    if roles.is_moderator(user):
        return enquiries
    return enquiries.filter(organisation__in=organisations_of(user))


def moderators():
    """The active moderators with an address, with their profiles (for the language they read)."""
    app_label, codename = roles.MODERATE.split(".")
    users = get_user_model().objects.filter(is_active=True).exclude(email="").select_related("profile")
    held = {"groups__permissions__content_type__app_label": app_label, "groups__permissions__codename": codename}
    return users.filter(**held).distinct()
