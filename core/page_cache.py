"""Whole-page caches for anonymous visitors, one per area, each retired at once by a version number.

Anonymous pages are the same for everyone at one address, so they are rendered once and served from the cache
until something they show changes: a write bumps the area's version, which retires all its cached pages at once.
Requests with a session or pending messages, and pages that issued a CSRF token, are never cached, so nothing
personal is ever shared.
"""

import hashlib
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse


def is_cacheable_request(request):
    return (
        request.method in {"GET", "HEAD"}
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES
        and not request.user.is_authenticated
    )


class PageCache:
    def __init__(self, namespace, *, seconds):
        self.namespace = namespace
        self.seconds = seconds
        self.version_key = f"{namespace}:pages:version"

    def version(self):
        version = cache.get(self.version_key)
        if version is None:
            cache.add(self.version_key, 1, timeout=None)
            version = cache.get(self.version_key, 1)
        return version

    def invalidate(self):
        """Retire every cached page of this area; call it after any write that changes what they show."""
        try:
            cache.incr(self.version_key)
        except ValueError:
            cache.set(self.version_key, 2, timeout=None)

    def cache_page(self, view):
        """Serve `view` from the cache to anonymous visitors; store only plain 200 responses.

        A page is stored with the version it was rendered under, so one round trip to the cache fetches both it
        and the current version.
        """

        @wraps(view)
        def cached_view(request, *args, **kwargs):
            if not is_cacheable_request(request):
                return view(request, *args, **kwargs)
            key = f"{self.namespace}:page:" + hashlib.sha256(request.get_full_path().encode()).hexdigest()
            found = cache.get_many([self.version_key, key])
            version = found.get(self.version_key) or self.version()
            if key in found and found[key][0] == version:
                _version, content, content_type = found[key]
                return HttpResponse(content, content_type=content_type)
            response = view(request, *args, **kwargs)
            if hasattr(response, "render"):
                response.render()
            if response.status_code == 200 and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
                cache.set(key, (version, response.content, response["Content-Type"]), self.seconds)
            return response

        return cached_view

    def cached_until_change(self, key, compute):
        """`compute()`, kept until this area's next write (or `seconds`)."""
        versioned = f"{self.namespace}:data:{self.version()}:{hashlib.sha256(key.encode()).hexdigest()}"
        value = cache.get(versioned)
        if value is None:
            value = compute()
            cache.set(versioned, value, self.seconds)
        return value
