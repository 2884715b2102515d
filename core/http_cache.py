"""HTTP caching: what browsers and a reverse proxy may keep, and the conditional GET that answers 304.

- **Anonymous pages from the page cache** (core.page_cache) carry an `ETag` (a hash of the page) and `Last-Modified`
  (when it was rendered), both stored with the page. A request whose `If-None-Match` (or, without it,
  `If-Modified-Since`) still matches is answered `304 Not Modified` with no body. Their `Cache-Control` is
  `public, max-age=0, s-maxage=PUBLIC_SECONDS`: a shared cache in front of the site (nginx, Varnish, a CDN) may serve
  them for `PUBLIC_SECONDS` without asking, while a browser asks each time and mostly gets a 304, so a reader who
  signs in never sees their browser's anonymous copy. An edit retires the page, the next render has a new ETag.
- **Personal responses are never stored**: a response to a signed-in user, or a page that put a CSRF token in a
  form, gets Django's never-cache headers (`private, no-store, …`) from `PrivatePagesMiddleware` unless its view
  chose a `Cache-Control` itself.
- **Vary**: the language is in the address (`/bg/`, `/en/`), so pages do not vary on `Accept-Language`
  (LocaleMiddleware adds it only to unprefixed addresses); a page that read the session varies on `Cookie`
  (SessionMiddleware), which keeps a signed-in reader's request away from a proxy's anonymous copy.
"""

import hashlib
import time

from django.conf import settings
from django.utils.cache import add_never_cache_headers, get_conditional_response, patch_cache_control
from django.utils.http import http_date

PUBLIC_SECONDS = 60


def validators(content):
    """The ETag (quoted, strong) and Last-Modified (now) of a page rendered now, to store with it."""
    return f'"{hashlib.sha256(content).hexdigest()[:32]}"', int(time.time())


def conditional(request, response, *, etag, last_modified):
    """An anonymous page from the page cache, marked public with its validators: 304 when the reader's copy is
    current (Django's conditional GET rules), otherwise the page."""
    response["ETag"] = etag
    response["Last-Modified"] = http_date(last_modified)
    patch_cache_control(response, public=True, max_age=0, s_maxage=PUBLIC_SECONDS)
    return get_conditional_response(request, etag=etag, last_modified=last_modified, response=response)


def is_personal(request):
    """Whether the response was made for one reader: signed in, or holding a CSRF token the page put in a form."""
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return True
    if settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return False
    user = getattr(request, "user", None)
    return user is not None and user.is_authenticated


class PrivatePagesMiddleware:
    """Mark personal responses never to be stored (see the module's docstring); after AuthenticationMiddleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if is_personal(request):
            if response.has_header("Cache-Control") and "public" in response["Cache-Control"]:
                del response["Cache-Control"]
            if not response.has_header("Cache-Control"):
                add_never_cache_headers(response)
        return response
