"""The site's caches: Redis whose outages become misses, files that are not listed on every write, the health probe.

`ResilientRedisCache` is Django's Redis cache with every operation guarded in one place: when Redis cannot be
reached, a read is a miss, a write does nothing and the site renders uncached (pages, allauth's rate limits and
everything else that uses the cache go on working; rate limits kept in the cache allow). One warning is logged
per minute per process, not one per call. After a failure Redis is left alone for `retry_seconds`
(OPTIONS["RETRY_SECONDS"], 5 by default), so a Redis that hangs costs one socket timeout per few seconds rather
than one per cache call.

What an outage loses: page-cache versions bumped while Redis was away. Cached pages carry a timeout (5 minutes at
most), so a page retired during an outage may be served until then once Redis is back.
"""

import logging
import threading
import time
from functools import wraps

from django.core.cache import caches
from django.core.cache.backends.filebased import FileBasedCache
from django.core.cache.backends.redis import RedisCache, RedisCacheClient

logger = logging.getLogger(__name__)

WARNING_INTERVAL_SECONDS = 60


def _redis_errors():
    import redis

    return (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError)


def _guarded(name, *, fallback):
    method = getattr(RedisCache, name)

    @wraps(method)
    def guarded(self, *args, **kwargs):
        if self._unavailable_until > time.monotonic():
            return fallback(*args, **kwargs)
        try:
            return method(self, *args, **kwargs)
        except self._errors as error:
            self._mark_unavailable(name, error)
            return fallback(*args, **kwargs)

    return guarded


def _default(key, default=None, version=None):
    return default


def _nothing(*args, **kwargs):
    return None


class KeptClientCache(RedisCacheClient):
    """Django's Redis client maker, keeping one client per connection pool instead of making one per call.

    Each `redis.Redis()` sets up ~170 response callbacks; a signed-in page asks the cache seven times, so making them
    cost about a millisecond a page. A client is thread-safe (it takes a connection from its pool for each command).
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients.setdefault(id(pool), self._client(connection_pool=pool))
        return client


class ResilientRedisCache(RedisCache):
    """Django's RedisCache that turns connection errors and timeouts into misses and no-ops, with a logged warning."""

    def __init__(self, server, params):
        options = dict(params.get("OPTIONS", {}))
        self.retry_seconds = float(options.pop("RETRY_SECONDS", 5))
        super().__init__(server, {**params, "OPTIONS": options})
        self._class = KeptClientCache
        self._errors = _redis_errors()
        self._unavailable_until = 0.0
        self._last_warning = float("-inf")
        self._lock = threading.Lock()

    def _mark_unavailable(self, operation, error):
        now = time.monotonic()
        with self._lock:
            self._unavailable_until = now + self.retry_seconds
            warn = now - self._last_warning >= WARNING_INTERVAL_SECONDS
            if warn:
                self._last_warning = now
        if warn:
            logger.warning("The cache (Redis) is unavailable, serving uncached: %s failed with %r", operation, error)

    def validate_key(self, key):
        """Nothing to check: Redis takes any key. Django's check warns of keys memcached would refuse, character by
        character; it was a fifth of a signed-in page's cache read (19 keys)."""

    def ping(self):
        """True when Redis answers now (the health check asks every time, whatever the last failure was)."""
        try:
            return bool(self._cache.get_client(write=True).ping())
        except self._errors:
            return False

    get = _guarded("get", fallback=_default)
    get_many = _guarded("get_many", fallback=lambda keys, version=None: {})
    has_key = _guarded("has_key", fallback=lambda key, version=None: False)
    # `add` reports success: a lock taken with it (allauth's rate limits take one) is granted, so limits allow.
    add = _guarded("add", fallback=lambda *args, **kwargs: True)
    set = _guarded("set", fallback=_nothing)
    set_many = _guarded("set_many", fallback=lambda data, *args, **kwargs: list(data))
    touch = _guarded("touch", fallback=lambda *args, **kwargs: False)
    delete = _guarded("delete", fallback=lambda *args, **kwargs: False)
    delete_many = _guarded("delete_many", fallback=_nothing)
    incr = _guarded("incr", fallback=_nothing)
    clear = _guarded("clear", fallback=_nothing)


class FileCache(FileBasedCache):
    """Django's file cache that counts its files once every `CULL_EVERY` writes, not before each write.

    Django's lists the whole directory before every write to see whether it must cull: 9 ms a write at 4,000 files,
    and a page remembered for a reader writes each of its parts (a programme, a hundred). Django makes a cache
    object per thread, so each thread counts on its first write (a short-lived command culls too) and then on every
    `CULL_EVERY`th; the directory may hold up to `CULL_EVERY` files a thread more than `MAX_ENTRIES` until then.
    """

    def __init__(self, dir, params):
        options = dict(params.get("OPTIONS", {}))
        self._cull_every = int(options.pop("CULL_EVERY", 100))
        super().__init__(dir, {**params, "OPTIONS": options})
        self._writes_before_count = 0

    def _cull(self):
        if self._writes_before_count:
            self._writes_before_count -= 1
            return
        self._writes_before_count = self._cull_every - 1
        super()._cull()


def cache_status():
    """ "ok" when the default cache stores and returns a value now, "unavailable" when it does not."""
    backend = caches["default"]
    if isinstance(backend, ResilientRedisCache):
        return "ok" if backend.ping() else "unavailable"
    try:
        backend.set("core:health", "ok", 10)
        return "ok" if backend.get("core:health") == "ok" else "unavailable"
    except Exception:  # noqa: BLE001 - any backend's failure means the same to the health check
        logger.warning("The cache is unavailable", exc_info=True)
        return "unavailable"
