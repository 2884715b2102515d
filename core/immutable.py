"""Parts of pages that never change once written, read from the shared cache once per worker.

A page skeleton's pieces (core.skeletons) and a reader's remembered slot fills (core.remembered_pages) were read
from the shared cache whole on every request: 165 KB for a remembered programme, a third of its time in Redis
reads and unpickling. Such a part never changes under its name, so a worker that has read it once keeps it:
- a fill is named by its content (`content_name`), so readers whose star button or follow slot reads the same share
  it;
- a skeleton's body is named when it is rendered (`new_name`); a re-render is a new name in a new head.

What changes (a skeleton's versions, which body it has, which fills a reader has) stays in small entries read every
time, and names the parts. The shared cache still holds every part for as long as what names it, for the workers
that have not read it yet; a part it has forgotten is a miss, and the page is made again.

Each worker keeps up to `WORKER_BYTES` of parts (their text's size; the part's own overhead is not counted) and
starts afresh when that is full, as `core.skeletons` does with what it remembers of pages.
"""

import hashlib
import uuid
from threading import Lock

from django.core.cache import cache

PREFIX = "part:"
WORKER_BYTES = 8 * 1024 * 1024

_kept = {}
_kept_bytes = 0
_lock = Lock()


def content_name(data):
    """The name of the bytes `data`: the same for the same bytes, in every worker."""
    return f"{PREFIX}{hashlib.sha256(data).hexdigest()[:32]}"


def new_name():
    """A name for a part made now, no other part's."""
    return f"{PREFIX}{uuid.uuid4().hex}"


def store(parts, seconds):
    """Write `parts` ({name: value}) to the shared cache for `seconds`, and keep them in this worker."""
    cache.set_many(parts, seconds)
    _keep(parts)


def absent(names):
    """Those of `names` this worker does not keep: read them from the cache, and hand what it held to `learn`."""
    return [name for name in names if name not in _kept]


def learn(found):
    """Keep the parts `found` ({name: value}, as read from the shared cache) in this worker."""
    _keep({name: value for name, value in found.items() if name.startswith(PREFIX)})


def get(name):
    """The part `name`, or None when neither this worker nor the last `learn` had it."""
    return _kept.get(name)


def read(name):
    """The part `name`, read from the shared cache when this worker does not keep it yet; None when the cache has
    forgotten it. (A caller that reads other keys anyway reads the part with them: `absent`, then `learn`.)"""
    if name not in _kept:
        learn(cache.get_many([name]))
    return _kept.get(name)


def _keep(parts):
    global _kept_bytes
    with _lock:
        new = {name: value for name, value in parts.items() if name not in _kept}
        size = sum(_size(value) for value in new.values())
        if _kept_bytes + size > WORKER_BYTES:
            _kept.clear()
            _kept_bytes = 0
            new, size = parts, sum(_size(value) for value in parts.values())
        _kept.update(new)
        _kept_bytes += size


def _size(value):
    if isinstance(value, (bytes, str)):
        return len(value)
    if isinstance(value, (list, tuple)):
        return sum(_size(item) for item in value)
    return 0
