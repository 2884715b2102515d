"""Shared reads of the exchange: the list's facets, a listing's matches, the numbers, a poster's own listings."""

from django.db.models import Count, Q

from exchange.models import Listing, Match

# Filter name -> the field it narrows.
FACETS = {"kind": "kind", "category": "category", "oblast": "oblast"}


def filter_listings(queryset, filters, *, skip=()):
    """`queryset` narrowed by `filters` ({name: value}), leaving out the names in `skip`."""
    for name, value in filters.items():
        if name in skip:
            continue
        if name == "remote":
            queryset = queryset.filter(is_remote=True)
        elif name in FACETS:
            queryset = queryset.filter(**{FACETS[name]: value})
    return queryset


def facet_counts(queryset, filters):
    """{facet: {value: count}} and {"remote": count}: what each option would match with the other filters kept.

    One aggregate query per facet and one for the flag, whatever the number of listings.
    """
    counts = {}
    for name, field in FACETS.items():
        rows = filter_listings(queryset, filters, skip={name}).order_by().values(field).annotate(found=Count("pk"))
        counts[name] = {row[field]: row["found"] for row in rows}
    counts["remote"] = filter_listings(queryset, filters, skip={"remote"}).filter(is_remote=True).count()
    return counts


def match_numbers():
    """How many matches the exchange has found between shown listings, and how many were taken up (one query)."""
    return Match.objects.visible().aggregate(
        found=Count("pk"), taken_up=Count("pk", filter=Q(taken_up_at__isnull=False))
    )


def with_match_counts(queryset):
    """Annotate `match_count`: the listing's matches with a shown listing on the other side."""
    return queryset.annotate(
        match_count=Count("offer_matches", filter=Q(offer_matches__need__hidden_at__isnull=True), distinct=True)
        + Count("need_matches", filter=Q(need_matches__offer__hidden_at__isnull=True), distinct=True)
    )


def matches_of(listing):
    """The matches of `listing` whose other side is shown, newest first, with both sides and their
    organisations loaded."""
    side = "offer" if listing.kind == "offer" else "need"
    other = "need" if side == "offer" else "offer"
    return (
        Match.objects.filter(**{side: listing, f"{other}__hidden_at__isnull": True})
        .select_related(other, f"{other}__organisation", "offer", "need")
        .order_by("-created_at", "-pk")
    )


def listings_of(user):
    """`user`'s own listings and their organisations', newest first, with how many matches each has."""
    rows = Listing.objects.posted_by(user).select_related("organisation")
    return with_match_counts(rows).order_by("-created_at", "-pk")
