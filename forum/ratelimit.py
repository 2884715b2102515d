"""A per-user posting rate limit kept in the cache (shared between processes when the cache is Redis)."""

import time

from django.core.cache import cache

from forum import conf

WINDOW_SECONDS = 60


def _key(user):
    return f"forum:posts:{user.pk}"


def seconds_until_allowed(user):
    """0 when the user may post now, otherwise how many seconds they must wait."""
    now = time.time()
    recent = [stamp for stamp in cache.get(_key(user), []) if stamp > now - WINDOW_SECONDS]
    limit = conf.posts_per_minute()
    if len(recent) < limit:
        return 0
    if not recent:  # a limit of 0 closes posting altogether
        return WINDOW_SECONDS
    return max(1, int(recent[-limit] + WINDOW_SECONDS - now) + 1)


def record_post(user):
    now = time.time()
    recent = [stamp for stamp in cache.get(_key(user), []) if stamp > now - WINDOW_SECONDS]
    cache.set(_key(user), [*recent, now], WINDOW_SECONDS)
