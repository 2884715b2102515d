"""The page cache of the published answers (see core.page_cache; receivers.py says what retires it)."""

from core.page_cache import PageCache

answer_pages = PageCache("enquiries", seconds=600)

cache_anonymous_page = answer_pages.cache_page
