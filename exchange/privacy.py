"""What the exchange keeps about a person, for their data download and for erasing their account (core.privacy)."""

from core import page_cache
from core.absolute import absolute_url
from exchange.models import Listing, Match


def export(user):
    """The offers and needs `user` posted."""
    return [
        {
            "kind": listing.kind,
            "category": listing.category,
            "title_bg": listing.title_bg,
            "title_en": listing.title_en,
            "description_bg": listing.description_bg,
            "description_en": listing.description_en,
            "oblast": listing.oblast,
            "municipality": listing.municipality,
            "is_remote": listing.is_remote,
            "contact": listing.contact,
            "organisation": listing.organisation.name if listing.organisation else "",
            "created_at": listing.created_at.isoformat(),
            "url": absolute_url(listing),
        }
        for listing in Listing.objects.filter(author=user).select_related("organisation").order_by("created_at", "pk")
    ]


def erase(*, user, former_member):
    """A person's own listings go with their account (their matches with them); listings posted in an
    organisation's name stay the organisation's, handed to the former member."""
    Match.objects.filter(taken_up_by=user).update(taken_up_by=None)
    Listing.objects.filter(hidden_by=user).update(hidden_by=None)
    Listing.objects.filter(author=user, organisation__isnull=False).update(author=former_member)
    Listing.objects.filter(author=user).delete()
    page_cache.retire(Listing)
