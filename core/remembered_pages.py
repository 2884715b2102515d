"""A signed-in reader's page, remembered: the slots of a page skeleton (core.skeletons) as they were filled for one
reader, kept so that their next visit to the same address is served without running the view.

A remembered page is only ever its reader's, and only while nothing it was made from has changed:
- the skeleton it filled (the same one, still current: its area's and its fragments' versions);
- the fragments its slots read (their versions, recorded while filling: a new comment retires it);
- the reader as this request loaded them: their row and profile, what core.personal remembers about them (unread
  count, permissions, follows, stars…), their session's data and their cookies;
- the shortest lifetime among those fragments.

Anything else a view or a slot could read about the reader is a database query, so making the page is watched: a
page that ran a query other than a `covered()` one (the shared page's own object, public, whose every change retires
the area's version) is not remembered, nor one that had messages to show, changed the session or set a cookie.
Writes are queries too, so a view with side effects (a thread marking notifications read) is never skipped. The
CSRF token is kept as a marker and written afresh for each request (`get_token`, as `{% csrf_token %}` does).
"""

import functools
import hashlib
from contextlib import contextmanager
from threading import local

from django.contrib.messages import get_messages
from django.core.cache import cache
from django.db import connection
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.utils.crypto import salted_hmac
from django.utils.functional import empty

from core import fragments, immutable, personal

_thread = local()


@contextmanager
def covered():
    """Reads in this block do not keep the page from being remembered: use it only for rows whose every change
    retires the area's version, read alike for everyone (`SharedObjectMixin`) or the reader's own (their posts)."""
    _thread.covered = getattr(_thread, "covered", 0) + 1
    try:
        yield
    finally:
        _thread.covered -= 1


class Making:
    """What making one page read: queries not covered, and the versions and lifetime of the fragments read."""

    def __init__(self):
        self.uncovered = 0
        self.versions = {}
        self.seconds = None
        self.public = True

    def __call__(self, execute, sql, params, many, context):
        """The connection's execute wrapper."""
        if not getattr(_thread, "covered", 0):
            self.uncovered += 1
        return execute(sql, params, many, context)

    def depend_on(self, versions, seconds):
        self.versions.update(versions)
        self.seconds = seconds if self.seconds is None else min(self.seconds, seconds)


@contextmanager
def watching(request):
    """Watch what the view and the fill of `request`'s page read (`request.page_making`)."""
    request.page_making = making = Making()
    with connection.execute_wrapper(making), fragments.recording(making.depend_on):
        yield making


def not_for_everyone(request):
    """The page shows what not everyone may see (a draft its editor previews): it is not remembered."""
    making = getattr(request, "page_making", None)
    if making is not None:
        making.public = False


class SharedObjectMixin:
    """For a detail view wrapped by `shared_page`: loading the object it shows keeps the page remembered when the
    object is shown to everyone (`shown_to_everyone`), since every change to it retires the area's version."""

    def shown_to_everyone(self, obj):
        return obj.is_published

    def get_object(self, queryset=None):
        with covered():
            obj = super().get_object(queryset)
        if not self.shown_to_everyone(obj):
            not_for_everyone(self.request)
        return obj


def key(skeleton_key, user_id):
    return f"{skeleton_key}:reader:{user_id}"


def _reader(request):
    """A digest of everything about the reader a page may show without a query."""
    user = personal.unwrapped(request.user)
    profile = user._state.fields_cache.get("profile")
    state = (
        _row(user),
        _row(profile) if profile is not None else None,
        _canonical(personal.held_answers(user)),
        _canonical(dict(request.session.items())),
        sorted(request.COOKIES.items()),
    )
    return hashlib.sha256(repr(state).encode()).hexdigest()


def _row(obj):
    return [(field.attname, getattr(obj, field.attname)) for field in obj._meta.concrete_fields]


def _canonical(value):
    """`value` with its sets in a fixed order: a set's order differs from one worker to the next. A dict keeps its
    own order, which is the order it was cached in, the same for every worker that reads it; a dict built in another
    order only costs the page being made once more."""
    if isinstance(value, (set, frozenset)):
        items = [_canonical(item) for item in value]
        try:
            items.sort()
        except TypeError:  # items of several types
            items.sort(key=repr)
        return ("set", items)
    if isinstance(value, dict):
        return ("dict", [(name, _canonical(item)) for name, item in value.items()])
    if isinstance(value, (list, tuple)):
        return [_canonical(item) for item in value]
    return value


def serve(request, body, remembered):
    """The reader's page from what was `remembered` for them on the skeleton whose `Body` is `body` (both still
    current: core.skeletons.look_up), or None when nothing was, the reader has changed since, or has messages
    waiting."""
    if remembered is None or len(get_messages(request)) or remembered["reader"] != _reader(request):
        return None
    page = fragments.joined_page(body.pieces, remembered["fills"])
    if remembered["csrf"]:
        # One replace over the page, not one per slot (a programme has a hundred).
        page = page.replace(csrf_marker().encode(), get_token(request).encode())
    response = HttpResponse(page, headers=remembered["headers"])
    response.skeleton = "remembered"
    return response


def with_fills(remembered):
    """What was `remembered`, its fills read (core.immutable), or None when the cache has forgotten one."""
    fills = [immutable.get(name) for name in remembered["fills"]]
    return None if None in fills else {**remembered, "fills": fills}


def remember(request, skeleton, fills, context, response, seconds):
    """Keep the slots as filled on `skeleton` for this reader, when nothing but what the key follows went into them;
    at most `seconds`."""
    making = getattr(request, "page_making", None)
    if (
        making is None
        or making.uncovered
        or not making.public
        or not request.user.is_authenticated
        or request.session.modified
        or response.cookies
        or len(get_messages(request))
    ):
        return
    marked = _with_csrf_marker(context, fills)
    if marked is None:
        return
    fills, has_csrf = marked
    if making.seconds is not None:
        seconds = min(seconds, making.seconds)
    if seconds <= 0:
        return
    # Bytes, as the skeleton's pieces (fragments.joined_page), each named by its content: readers share most fills.
    encoded = [text.encode() for text in fills]
    names = [immutable.content_name(data) for data in encoded]
    immutable.store(dict(zip(names, encoded, strict=True)), seconds)
    remembered = {
        "body": skeleton.body,
        "reader": _reader(request),
        "fills": names,
        "csrf": has_csrf,
        "headers": dict(response.items()),
        "versions": making.versions,
    }
    cache.set(key(request.page_skeleton_key, request.user.pk), remembered, seconds)


@functools.cache
def csrf_marker():
    """What stands for the CSRF token in remembered fills, written over with each request's own token. Derived from
    the secret key: the same in every worker, so fills are shared between readers, yet nobody can write it into a
    shared piece of the page."""
    return f"\x1fcsrf-{salted_hmac('core.remembered_pages.csrf_marker', 'marker').hexdigest()[:32]}\x1f"


def _with_csrf_marker(context, fills):
    """(fills, whether they held a token): the fills with this request's CSRF token replaced by the marker, or None
    when they hold a token from elsewhere (not remembered)."""
    token = context.get("csrf_token")
    written = token is not None and getattr(token, "_wrapped", empty) is not empty
    form_fills = [text for text in fills if "csrfmiddlewaretoken" in text]
    if not written:
        return None if form_fills else (fills, False)
    token = str(token)
    if not all(token in text for text in form_fills):
        return None
    marker = csrf_marker()
    return [text.replace(token, marker) for text in fills], True
