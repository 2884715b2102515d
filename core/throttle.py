"""A per-address request budget per minute, counted in the shared cache, for endpoints machines call in loops.

The open-data downloads and the API answer anyone without signing in; a harvester that loops too fast gets
429 Too Many Requests with Retry-After instead of taking the site's two cores. The count lives in the cache, so
every process sees it; when the cache is away (see core.cache) the count is lost and requests are allowed.
"""

import time
from functools import wraps

from django.conf import settings
from django.core.cache import cache

WINDOW_SECONDS = 60


def client_address(request):
    """The caller's address: behind the site's own proxy, the one it appended to X-Forwarded-For."""
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if settings.BEHIND_PROXY and forwarded:
        return forwarded.split(",")[-1].strip()
    return request.META.get("REMOTE_ADDR", "")


def seconds_until_allowed(request, *, scope, per_minute):
    """Count this request against the caller's budget for `scope`; 0 when it is allowed, else seconds to wait."""
    now = time.time()
    window = int(now // WINDOW_SECONDS)
    key = f"throttle:{scope}:{client_address(request)}:{window}"
    cache.add(key, 0, timeout=WINDOW_SECONDS + 1)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr, or the cache is away
        count = 1
    if count <= per_minute:
        return 0
    return WINDOW_SECONDS - int(now % WINDOW_SECONDS)


def throttled(scope, *, refusal):
    """Decorate a view: over `settings.OPEN_DATA_REQUESTS_PER_MINUTE`, answer `refusal(request, seconds)` instead."""

    def decorate(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            wait = seconds_until_allowed(request, scope=scope, per_minute=settings.OPEN_DATA_REQUESTS_PER_MINUTE)
            if wait:
                response = refusal(request, wait)
                response["Retry-After"] = str(wait)
                return response
            return view(request, *args, **kwargs)

        return wrapped

    return decorate
