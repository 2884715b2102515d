"""The enquiries section of the signed-in user's own profile page: the questions they asked, each with its private
page, and how many questions wait at the desk for their organisations (moderators: every open one)."""

from enquiries import rules
from enquiries.enums import EnquiryStatus
from enquiries.models import Enquiry


def section_context(user):
    return {
        "asked": list(Enquiry.objects.confirmed().filter(user=user).only("question", "token", "status", "language")),
        "waiting": rules.enquiries_for(user).exclude(status=EnquiryStatus.ANSWERED).count(),
    }
