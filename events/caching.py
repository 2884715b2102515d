"""The page cache of the anonymous event pages (see core.page_cache; receivers.py says what retires it)."""

from core.fragments import Fragment
from core.page_cache import PageCache

# Short, because the pages also change with the clock and no write marks it: an event leaves the upcoming list for
# the archive when it ends, registration opens and closes, the month calendar marks today. Names of organisations,
# practices, documents and films shown on these pages are edited in other apps and show up at most this late too.
PAGE_CACHE_SECONDS = 60

event_pages = PageCache("events", seconds=PAGE_CACHE_SECONDS)

cache_anonymous_page = event_pages.cache_page

# An event's programme grid with its filters, as everyone sees it (the stars are each visitor's own), per event,
# language and filter query string.
programme_grid = Fragment("programme")
