"""A participant's interest in calls and the calls they posted, in their data export; erased with their account."""

from initiatives.models import Call, Interest


def export(user):
    return {
        "call_interests": [
            {"call": interest.call.title, "message": interest.message, "sent": interest.created_at.isoformat()}
            for interest in Interest.objects.filter(user=user).select_related("call").order_by("pk")
        ],
        "calls_posted": [
            {"call": call.title, "organisation": call.organisation.name, "posted": call.created_at.isoformat()}
            for call in Call.objects.filter(posted_by=user).select_related("organisation").order_by("pk")
        ],
    }


def erase(*, user, former_member):
    """Interest is the person's own and goes; the calls they posted belong to their organisation and stay."""
    Interest.objects.filter(user=user).delete()
    Call.objects.filter(posted_by=user).update(posted_by=None)
