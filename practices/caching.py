"""The page cache of the practice, document and film pages (see core.page_cache; receivers.py says what retires it)."""

from core.fragments import Fragment
from core.page_cache import PageCache
from core.skeletons import shared_page

# Pages also show names of organisations, themes and target groups, which are edited in the directory and show up
# here at most this late.
PAGE_CACHE_SECONDS = 60

practice_pages = PageCache("practices", seconds=PAGE_CACHE_SECONDS)

pages_version = practice_pages.version
cache_anonymous_page = practice_pages.cache_page
cache_shared_page = shared_page(practice_pages)
cached_until_change = practice_pages.cached_until_change

# A practice's page as everyone sees it, and its JSON-LD (`part="meta"`); the follow button is each visitor's own.
# Related practices and names edited in the directory show up at most the fragment's lifetime late.
practice_body = Fragment("practice-body")

# The practice list as everyone sees it, per language and query string: what retires the anonymous list page (any
# write to practices, documents, tags, films) retires it too.
practice_list = Fragment("practice-list", seconds=PAGE_CACHE_SECONDS, follows=[practice_pages])
