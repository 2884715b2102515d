"""The forum's page cache (see core.page_cache), and retiring cached pages when a discussion changes.

Pages of other apps that are cached and show comments are retired too, through their own invalidators.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils.module_loading import import_string

from core.page_cache import PageCache

forum_pages = PageCache("forum", seconds=300)
cache_anonymous_page = forum_pages.cache_page

# Apps whose anonymous pages are cached and carry comments, and the function that retires those pages.
CONTENT_PAGE_INVALIDATORS = {
    "practices": "practices.caching.invalidate_practice_pages",
    # Film pages share the practices' page cache.
    "films": "practices.caching.invalidate_practice_pages",
    "events": "events.caching.invalidate_event_pages",
}


def _retire(discussion):
    forum_pages.invalidate()
    if discussion.content_type_id:
        app_label = ContentType.objects.get_for_id(discussion.content_type_id).app_label
        if app_label in CONTENT_PAGE_INVALIDATORS:
            import_string(CONTENT_PAGE_INVALIDATORS[app_label])()


def pages_changed(discussion):
    """After the current transaction commits, retire every cached page that shows `discussion`."""
    transaction.on_commit(lambda: _retire(discussion))
