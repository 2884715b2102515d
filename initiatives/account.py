"""The section of a member's own profile page listing the interest their organisations' calls received."""

from directory import membership
from initiatives.models import Interest

SHOWN = 50


def interest_received(user):
    organisations = membership.organisations_of(user).values("pk")
    interests = (
        Interest.objects.filter(call__organisation__in=organisations)
        .select_related("call", "user__profile")
        .order_by("-created_at", "-pk")[:SHOWN]
    )
    return {"call_interests": interests}
