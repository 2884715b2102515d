"""A signed-in enquirer's enquiries in their data export, and erased with their account."""

from enquiries.models import Enquiry


def export(user):
    return {
        "enquiries": [
            {
                "asked_at": enquiry.created_at.isoformat(),
                "question": enquiry.question,
                "name": enquiry.name,
                "email": enquiry.email,
                "status": enquiry.status,
                "answer": enquiry.answer,
            }
            for enquiry in Enquiry.objects.filter(user=user).order_by("created_at")
        ]
    }


def erase(*, user, former_member):
    """Delete the user's enquiries; a published answer stays, anonymised as it is, without its enquiry."""
    Enquiry.objects.filter(user=user).delete()
