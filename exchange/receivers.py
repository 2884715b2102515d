"""Which writes retire the exchange's cached pages (core.page_cache)."""

from core import page_cache
from exchange.caching import exchange_pages
from exchange.models import Listing, Match

page_cache.retire_on(exchange_pages, models=[Listing, Match])
