"""The page cache of the anonymous event pages (see core.page_cache).

Every write that changes what they show retires them: the services, the admin, the demo loader and comments on an
event (forum.caching). Registrations and stars are not shown to anonymous visitors, so they retire nothing.
"""

from django.db import transaction

from core.page_cache import PageCache

# Short, because the pages also change with the clock and no write marks it: an event leaves the upcoming list for
# the archive when it ends, registration opens and closes, the month calendar marks today. Names of organisations,
# practices, documents and films shown on these pages are edited in other apps and show up at most this late too.
PAGE_CACHE_SECONDS = 60

event_pages = PageCache("events", seconds=PAGE_CACHE_SECONDS)

cache_anonymous_page = event_pages.cache_page
invalidate_event_pages = event_pages.invalidate


def event_pages_changed():
    """After the current transaction commits (at once outside one), retire every cached event page."""
    transaction.on_commit(invalidate_event_pages)
