"""The page cache of the referral directory's anonymous pages (see core.page_cache; receivers.py says what
retires it)."""

from core.page_cache import PageCache

service_pages = PageCache("services", seconds=600)

cache_anonymous_page = service_pages.cache_page
