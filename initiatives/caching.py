"""The page cache of the anonymous call pages (see core.page_cache; receivers.py says what retires it)."""

from core.page_cache import PageCache

# A call leaves the open list on the day after its last day: the daily sweep's save retires the pages, and the list
# reads the date too, so a cached page is at most this late.
call_pages = PageCache("initiatives", seconds=300)

cache_anonymous_page = call_pages.cache_page
