"""The page cache of the practice, document and film pages (see core.page_cache)."""

from core.page_cache import PageCache

# Comments under a practice come from the forum, which retires these pages when a discussion changes; anything
# written around the forum's services shows up at most this late.
PAGE_CACHE_SECONDS = 60

practice_pages = PageCache("practices", seconds=PAGE_CACHE_SECONDS)

pages_version = practice_pages.version
invalidate_practice_pages = practice_pages.invalidate
cache_anonymous_page = practice_pages.cache_page
cached_until_change = practice_pages.cached_until_change
