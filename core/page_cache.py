"""Whole-page caches for anonymous visitors, one per area, each retired at once by a version number, and the
registry that says which writes retire which area.

Anonymous pages are the same for everyone at one address, so they are rendered once and served from the cache
until something they show changes: a write bumps the area's version, which retires all its cached pages at once.
Requests with a session or pending messages, and pages that issued a CSRF token, are never cached, so nothing
personal is ever shared.

Which writes retire which area is declared, never called by hand. Each app declares it in its own `receivers.py`,
imported from its `AppConfig.ready()`::

    page_cache.retire_on(practice_pages, models=[Practice, Document])

From then on, saving or deleting one of those models, or changing one of its many-to-many relations (tags too),
retires every page of the area once the transaction commits (at once outside a transaction), however the write
was made: a service, the admin, a demo loader, the shell. Several writes in one transaction retire an area once.
Content that shows what is written about another model (comments under a practice, a film or an event) declares
that with `retire_target_on`, so the area of the target is retired without the commenting app naming it.

The one rule for code that writes: `QuerySet.update()`, `bulk_create()` and raw SQL send no model signals, so a
service that changes shown content that way ends with `page_cache.retire(Model)` (or the changed instance), which
retires whatever is declared for that model. A write that deliberately retires nothing (a download counter that
no cached page shows) says so where it is made. `QuerySet.delete()` needs nothing: it sends `pre_delete` for each
row of a declared model. Inlines of an auto-created many-to-many table (a practice's attached documents) are saved
together with their parent object, whose own save retires the area. Declare only what pages show: deleting rows of
a declared model costs a query that fetches them first, for the signals (film cues are written with their track and
left undeclared for that reason).
"""

import hashlib
import time
from collections import defaultdict
from functools import partial, wraps
from typing import NamedTuple

from asgiref.local import Local
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_save, pre_delete
from django.http import HttpResponse

from core import http_cache, immutable


def is_cacheable_request(request):
    return (
        request.method in {"GET", "HEAD"}
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES
        and not request.user.is_authenticated
    )


class Version:
    """A number in the cache that retires everything stored under an older one when a write bumps it.

    What is cached stores the number it was rendered under and is served only while that is still the number. A
    version the cache lost (evicted, Redis restarted) starts again from the clock, beyond any number it had before,
    so nothing stored under the lost one comes back. Two `Version`s with one key are equal, so a commit that
    retires the same one several times bumps it once.
    """

    def __init__(self, key):
        self.key = key

    def __eq__(self, other):
        return isinstance(other, Version) and other.key == self.key

    def __hash__(self):
        return hash(self.key)

    def current(self, found=None):
        """The number now; `found` is what a `get_many` that asked for this key along with others returned."""
        version = (found or {}).get(self.key) or cache.get(self.key)
        if version is None:
            cache.add(self.key, time.time_ns(), timeout=None)
            version = cache.get(self.key, 1)
        return version

    def invalidate(self):
        """Retire now whatever was stored under this version; writes reach it through the declarations below."""
        try:
            cache.incr(self.key)
        except ValueError:
            cache.set(self.key, time.time_ns(), timeout=None)


# Part of every page's key, changed with the shape of what is kept, so a deployment never reads the old shape.
FORMAT = 2


class StoredPage(NamedTuple):
    """An anonymous page as kept: rendered under the area's `version`; `content` names its bytes (core.immutable)."""

    version: int
    content: str
    content_type: str
    etag: str
    last_modified: int


class PageCache(Version):
    def __init__(self, namespace, *, seconds):
        super().__init__(f"{namespace}:pages:version")
        self.namespace = namespace
        self.seconds = seconds

    def version(self):
        return self.current()

    def cache_page(self, view):
        """Serve `view` from the cache to anonymous visitors; store only plain 200 responses.

        A page is stored with the version it was rendered under, so one round trip to the cache fetches both it
        and the current version, and with its ETag and Last-Modified, which answer conditional requests with 304
        (core.http_cache). Its content is a part named by itself (core.immutable): each worker reads a page's bytes
        from the shared cache once, and then only the small entry that names them.
        """

        @wraps(view)
        def cached_view(request, *args, **kwargs):
            if not is_cacheable_request(request):
                return view(request, *args, **kwargs)
            key = f"{self.namespace}:page{FORMAT}:" + hashlib.sha256(request.get_full_path().encode()).hexdigest()
            found = cache.get_many([self.key, key])
            version = self.current(found)
            content = immutable.read(found[key].content) if key in found and found[key].version == version else None
            if content is not None:
                response = HttpResponse(content, content_type=found[key].content_type)
                return http_cache.conditional(
                    request, response, etag=found[key].etag, last_modified=found[key].last_modified
                )
            response = view(request, *args, **kwargs)
            if hasattr(response, "render"):
                response.render()
            if response.status_code == 200 and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
                etag, last_modified = http_cache.validators(response.content)
                name = immutable.content_name(response.content)
                immutable.store({name: response.content}, self.seconds)
                stored = StoredPage(version, name, response["Content-Type"], etag, last_modified)
                cache.set(key, stored, self.seconds)
                return http_cache.conditional(request, response, etag=etag, last_modified=last_modified)
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


# The registry: model label ("practices.practice") -> the areas its writes retire, and -> functions that name another
# model whose areas a change to an instance retires as well (comments retire the pages of what they are about), and
# -> functions that name the versions a change to one instance retires (core.fragments: one object's fragments).
_areas_by_model = defaultdict(set)
_targets_by_model = defaultdict(list)
_versions_by_model = defaultdict(list)
# The commit the next queued callbacks belong to, per thread (or async task).
_pending = Local()


def retire_on(area, *, models):
    """Declare that writes to any of `models` retire every page of `area` (a PageCache) after commit."""
    for model in models:
        _areas_by_model[model._meta.label_lower].add(area)
        _watch(model)


def retire_target_on(*, models, target):
    """Declare that a change to an instance of any of `models` also retires the areas declared for the model
    `target(instance)` returns (a model class, or None for none): a comment retires the pages of what it is on."""
    for model in models:
        _targets_by_model[model._meta.label_lower].append(target)
        _watch(model)


def retire_versions_on(*, models, versions):
    """Declare that a change to an instance of any of `models` retires the `Version`s `versions(instance)` returns
    after commit; a write named by its class (`retire(Model)`, a relation changed from the other side) calls
    `versions(None)`. The machinery under core.fragments' per-object rules."""
    for model in models:
        _versions_by_model[model._meta.label_lower].append(versions)
        _watch(model)


def retire(*changed):
    """After the current transaction commits, retire the areas declared for each model or instance in `changed`.

    Only for writes that send no model signals (`QuerySet.update()`, `bulk_create()`); every other write is
    covered by the declarations.
    """
    areas = set()
    for item in changed:
        areas |= _areas_of(item)
    if areas:
        _retire_after_commit(areas)


def declarations():
    """What is declared, as {model label: {area namespace, …}}: for the tests and the docs."""
    return {label: {area.namespace for area in areas} for label, areas in _areas_by_model.items()}


def _watch(model):
    """Connect the signal receivers for `model` once (connecting again with the same sender changes nothing)."""
    post_save.connect(_instance_written, sender=model, weak=False)
    # Before the delete: what a deleted row retires is read from its relations (a document's practices), and
    # Django removes the many-to-many rows of a deleted object without a signal; the retiring waits for the commit.
    pre_delete.connect(_instance_written, sender=model, weak=False)
    relations = [field.remote_field for field in model._meta.many_to_many] + [
        relation for relation in model._meta.related_objects if relation.many_to_many
    ]
    for relation in relations:
        m2m_changed.connect(_relation_changed, sender=relation.through, weak=False)


def _instance_written(sender, instance, **kwargs):
    retire(instance)


def _relation_changed(sender, instance, action, model, **kwargs):
    # `instance` is on one side of the relation and `model` the class on the other; either may be declared. A
    # table shared by many models (taggit's) is connected once and serves them all, so both sides are looked up.
    if action in {"post_add", "post_remove", "post_clear"}:
        retire(instance, model)


def _areas_of(item):
    model = item if isinstance(item, type) else type(item)
    label = model._meta.label_lower
    areas = set(_areas_by_model.get(label, ()))
    for versions in _versions_by_model.get(label, ()):
        areas.update(versions(None if isinstance(item, type) else item))
    if not isinstance(item, type):
        for target in _targets_by_model.get(label, ()):
            target_model = target(item)
            if target_model is not None:
                areas |= _areas_by_model.get(target_model._meta.label_lower, set())
    return areas


class _Commit:
    """The areas already retired by the after-commit callbacks of one commit."""

    def __init__(self):
        self.retired = set()
        self.started = False


def _retire_after_commit(areas):
    # Every write queues its own callback, with its own areas, so a transaction that rolls back retires nothing.
    # The callbacks queued until one of them runs belong to one commit and share what it has retired: an admin save
    # touching ten rows bumps each area's version once.
    commit = getattr(_pending, "commit", None)
    if commit is None or commit.started:
        commit = _pending.commit = _Commit()
    transaction.on_commit(partial(_retire_once, frozenset(areas), commit))


def _retire_once(areas, commit):
    commit.started = True
    for area in areas - commit.retired:
        area.invalidate()
    commit.retired |= areas
