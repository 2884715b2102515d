"""Whole-page cache for anonymous forum readers, and retiring cached pages when a discussion changes.

Anonymous forum pages are the same for everyone at one address, so they are rendered once and kept until any
post or thread changes (a single version number retires them all). The rules for what may be cached (no session,
no pending messages, no CSRF token issued) are the practices' page cache's, shared rather than repeated.
Pages of other apps that are cached and show comments are retired too, through their own invalidators.
"""

import hashlib
from functools import wraps

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse
from django.utils.module_loading import import_string

from practices.caching import is_cacheable_request

VERSION_KEY = "forum:pages:version"
PAGE_CACHE_SECONDS = 300
# Apps whose anonymous pages are cached and carry comments, and the function that retires those pages.
CONTENT_PAGE_INVALIDATORS = {
    "practices": "practices.caching.invalidate_practice_pages",
    # Film pages share the practices' page cache.
    "films": "practices.caching.invalidate_practice_pages",
}


def pages_version():
    cache.add(VERSION_KEY, 1, timeout=None)
    return cache.get(VERSION_KEY, 1)


def _retire(discussion):
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 2, timeout=None)
    if discussion.content_type_id:
        app_label = ContentType.objects.get_for_id(discussion.content_type_id).app_label
        if app_label in CONTENT_PAGE_INVALIDATORS:
            import_string(CONTENT_PAGE_INVALIDATORS[app_label])()


def pages_changed(discussion):
    """After the current transaction commits, retire every cached page that shows `discussion`."""
    transaction.on_commit(lambda: _retire(discussion))


def cache_anonymous_page(view):
    """Serve `view` to anonymous readers from the cache; store only plain 200 responses."""

    @wraps(view)
    def cached_view(request, *args, **kwargs):
        if not is_cacheable_request(request):
            return view(request, *args, **kwargs)
        address = hashlib.sha256(request.get_full_path().encode()).hexdigest()
        key = f"forum:page:{pages_version()}:{address}"
        stored = cache.get(key)
        if stored is not None:
            content, content_type = stored
            return HttpResponse(content, content_type=content_type)
        response = view(request, *args, **kwargs)
        if hasattr(response, "render"):
            response.render()
        if response.status_code == 200 and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
            cache.set(key, (response.content, response["Content-Type"]), PAGE_CACHE_SECONDS)
        return response

    return cached_view
