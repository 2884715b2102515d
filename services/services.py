"""Writes of the referral directory."""

from django.db import transaction


@transaction.atomic
def save_service(*, form):
    """Save a checked ServiceForm (a new service or changes to one), its target groups with it."""
    return form.save()
