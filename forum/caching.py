"""The forum's page cache (see core.page_cache; receivers.py says what retires it)."""

from core.page_cache import PageCache

forum_pages = PageCache("forum", seconds=300)
cache_anonymous_page = forum_pages.cache_page
