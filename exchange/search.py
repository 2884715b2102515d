"""What the site search indexes of the exchange: the offers and needs moderators have not hidden."""

from django.utils.translation import gettext_lazy as _

from core.search import SearchSource
from exchange.models import Listing

LISTINGS = SearchSource(
    model=Listing,
    kind="exchange",
    label=_("Offers and needs"),
    objects=Listing.objects.published,
    title="title",
    body=("description",),
    dated="created_at",
)
