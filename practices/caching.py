"""Whole-page cache for anonymous visitors of the practice list and detail pages.

Anonymous pages are the same for everyone with the same address, so they are rendered once and served from the
cache until a practice or document changes: every service that writes bumps one version number, which retires all
cached pages at once. Requests with a session or pending messages, and pages that issued a CSRF token, are never
cached, so nothing personal is ever shared.
"""

import hashlib
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse

VERSION_KEY = "practices:pages:version"
# Comments under a practice come from the forum without passing through these services, so anonymous
# visitors may see a new comment up to this late; everything practices own retires the cache at once.
PAGE_CACHE_SECONDS = 60


def pages_version():
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, 1, timeout=None)
        version = cache.get(VERSION_KEY, 1)
    return version


def invalidate_practice_pages():
    """Retire every cached practice page; call it after any write that changes what they show."""
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 2, timeout=None)


def is_cacheable_request(request):
    return (
        request.method in {"GET", "HEAD"}
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES
        and not request.user.is_authenticated
    )


def cache_anonymous_page(view):
    """Serve `view` from the page cache to anonymous visitors; store only plain 200 responses.

    A page is stored with the version it was rendered under, so one round trip to the cache fetches both it and
    the current version.
    """

    @wraps(view)
    def cached_view(request, *args, **kwargs):
        if not is_cacheable_request(request):
            return view(request, *args, **kwargs)
        key = "practices:page:" + hashlib.sha256(request.get_full_path().encode()).hexdigest()
        found = cache.get_many([VERSION_KEY, key])
        version = found.get(VERSION_KEY) or pages_version()
        if key in found and found[key][0] == version:
            _version, content, content_type = found[key]
            return HttpResponse(content, content_type=content_type)
        response = view(request, *args, **kwargs)
        if hasattr(response, "render"):
            response.render()
        if response.status_code == 200 and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
            cache.set(key, (version, response.content, response["Content-Type"]), PAGE_CACHE_SECONDS)
        return response

    return cached_view


def cached_until_change(key, compute):
    """`compute()`, kept in the cache until the next write to practices or documents (or PAGE_CACHE_SECONDS)."""
    versioned = f"practices:data:{pages_version()}:{hashlib.sha256(key.encode()).hexdigest()}"
    value = cache.get(versioned)
    if value is None:
        value = compute()
        cache.set(versioned, value, PAGE_CACHE_SECONDS)
    return value
