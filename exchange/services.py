"""Writing to the exchange: posting and editing offers and needs, matching them, taking a match up, hiding."""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from core.follows import follow
from directory.geography import neighbours
from directory.membership import is_member
from exchange.enums import ListingKind
from exchange.models import Listing, Match
from exchange.permissions import can_edit_listing, can_take_up
from forum.services import notify_followers

# The kinds of change the two sides of a match hear of (declared in exchange.apps through core.follows).
OFFER_MATCHED = "exchange-offer-matched"
NEED_MATCHED = "exchange-need-matched"


def match_candidates(listing):
    """The shown listings that answer `listing`: the opposite kind, the same category, in the same or a
    neighbouring oblast, posted neither by the same person nor in the name of the same organisation."""
    oblasts = {listing.oblast} | neighbours(listing.oblast)
    candidates = (
        Listing.objects.published()
        .filter(kind=ListingKind.opposite(listing.kind), category=listing.category, oblast__in=oblasts)
        .exclude(author_id=listing.author_id)
        .exclude(pk=listing.pk)
    )
    if listing.organisation_id is not None:
        candidates = candidates.exclude(organisation_id=listing.organisation_id)
    return candidates


@transaction.atomic
def match_listing(listing):
    """Record the matches `listing` has now and tell both sides of each new one; returns the new matches.

    A pair is matched once (a database constraint), and each side's poster is told once per match (the forum's
    notifications are unique per recipient, kind and match), so running this again changes nothing. Matches found
    earlier stay when a listing is edited so that it no longer matches: they are the exchange's history.
    """
    if listing.is_hidden:
        return []
    mine = "offer" if listing.kind == ListingKind.OFFER else "need"
    theirs = "need" if mine == "offer" else "offer"
    known = set(Match.objects.filter(**{mine: listing}).values_list(f"{theirs}_id", flat=True))
    fresh = [pk for pk in match_candidates(listing).values_list("pk", flat=True) if pk not in known]
    if not fresh:
        return []
    Match.objects.bulk_create(
        [Match(**{f"{mine}_id": listing.pk, f"{theirs}_id": pk}) for pk in fresh], ignore_conflicts=True
    )
    created = list(Match.objects.filter(**{mine: listing, f"{theirs}_id__in": fresh}).select_related("offer", "need"))
    for match in created:
        notify_followers(kind=OFFER_MATCHED, subject=match)
        notify_followers(kind=NEED_MATCHED, subject=match)
    return created


def _check_organisation(*, user, organisation):
    if organisation is not None and not is_member(user, organisation):
        raise PermissionDenied("Only an organisation's members post in its name.")


@transaction.atomic
def post_listing(*, author, organisation=None, **fields):
    """Post an offer or a need (in `organisation`'s name when given: `author` must be its member), follow it so
    its matches reach the author, and match it."""
    _check_organisation(user=author, organisation=organisation)
    listing = Listing.objects.create(author=author, organisation=organisation, **fields)
    follow(user=author, target=listing)
    match_listing(listing)
    return listing


@transaction.atomic
def edit_listing(*, listing, editor, organisation=None, **fields):
    """Change a listing (its poster or a member of its organisation), then match it again."""
    if not can_edit_listing(editor, listing):
        raise PermissionDenied("Only the poster and their organisation's members edit a listing.")
    if organisation is not None and organisation.pk != listing.organisation_id:
        _check_organisation(user=editor, organisation=organisation)
    listing.organisation = organisation
    for name, value in fields.items():
        setattr(listing, name, value)
    listing.save()
    match_listing(listing)
    return listing


@transaction.atomic
def take_up_match(*, match, user):
    """Mark `match` as taken up (either side may); marking it again changes nothing."""
    if not can_take_up(user, match):
        raise PermissionDenied("Only the two sides of a match mark it as taken up.")
    if match.taken_up_at is None:
        match.taken_up_at = timezone.now()
        match.taken_up_by = user
        match.save(update_fields=["taken_up_at", "taken_up_by"])
    return match


def hide_listing(*, listing, moderator, reason=""):
    """Hide a listing from everyone but its poster (moderation never deletes); its matches are hidden with it."""
    listing.hidden_at = timezone.now()
    listing.hidden_by = moderator
    listing.hidden_reason = reason
    listing.save(update_fields=["hidden_at", "hidden_by", "hidden_reason", "updated_at"])
    return listing


def restore_listing(*, listing, moderator):
    """Show a hidden listing again and look for the matches it missed while hidden."""
    listing.hidden_at = None
    listing.hidden_by = None
    listing.hidden_reason = ""
    listing.save(update_fields=["hidden_at", "hidden_by", "hidden_reason", "updated_at"])
    match_listing(listing)
    return listing
