"""The page cache of the exchange's anonymous pages (see core.page_cache; receivers.py says what retires it)."""

from core.page_cache import PageCache

# Pages also show organisations' names, edited in the directory, which show up here at most this late.
exchange_pages = PageCache("exchange", seconds=120)
