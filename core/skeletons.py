"""Page skeletons: a whole page rendered once as everyone sees it, with the personal parts left as slots, for the
visitors the anonymous page cache does not serve (signed in, or carrying a session or messages).

A signed-in page is mostly what everyone sees; what is the visitor's own (the header's account menu, the messages,
the newsletter box, forms with their CSRF token, their stars and follow buttons) is already a `{% personal %}`
template (core.fragments). A page whose view is wrapped by `shared_page(area)` is rendered, on a miss, with
nobody signed in and those templates left as slots; the result is kept per address and language, and each request
runs the view (its lazy context, its side effects), fetches the skeleton and fills its slots with its own context.

A skeleton lives as long as what it shows:
- its area's version, the one that retires the anonymous pages of the area (so every write declared for them);
- the versions of every `{% fragment %}` inside it, recorded when it was rendered (a new comment on one film retires
  that film's skeletons and no other film's, where the film body's fragment rule says so);
- the shortest lifetime among those (fragments show names edited elsewhere).

Nothing personal can be stored: the render sees a visitor that refuses to be looked at (`Unseen`), so a template
that reads `user`, `perms` or `request.user` outside a slot, writes a CSRF token there, or holds a fragment rendered
for this visitor alone (a moderator's) makes the page not shareable, and it is rendered whole for that request. The
view's own context must follow the same rule: what differs between visitors is read only inside slots.
"""

import hashlib
import logging
from functools import wraps
from typing import NamedTuple

from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.contrib.sessions.backends.cached_db import SessionStore as CachedSessionStore
from django.core.cache import cache
from django.template.context import make_context
from django.template.response import SimpleTemplateResponse
from django.utils.functional import LazyObject, empty

from core import immutable, personal, remembered_pages
from core.fragments import NotShareable, SharedRender, filled_slots, joined_page, neutral_context_values
from core.i18n import page_language
from core.page_cache import is_cacheable_request

logger = logging.getLogger(__name__)


class Skeleton(NamedTuple):
    """A page as kept: rendered under the area's `version` and the fragments' `versions` ({key: number}); its `body`
    names the `Body` (core.immutable), and so this render (what a reader's slots were filled on,
    core.remembered_pages)."""

    version: int
    versions: dict
    body: str


class Body(NamedTuple):
    """A skeleton's page: its `pieces` (UTF-8 bytes) with the `slots` between them."""

    pieces: list
    slots: list


class Unseen:
    """The visitor as a skeleton's render sees it: any look at it makes the render not shareable."""

    def __init__(self, name):
        self._name = name

    def __getattr__(self, attribute):
        raise NotShareable(f"{self._name}.{attribute} read outside a {{% personal %}} slot")

    def __bool__(self):
        raise NotShareable(f"{self._name} tested outside a {{% personal %}} slot")

    def __str__(self):
        raise NotShareable(f"{self._name} written outside a {{% personal %}} slot")


class SkeletonRender(SharedRender):
    """A shared render of a whole page: fragments inside it stay cached on their own, and it records their versions."""

    caches_inner_fragments = True

    def __init__(self, seconds):
        super().__init__()
        self.versions = {}
        self.seconds = seconds

    def depend_on(self, versions, seconds):
        self.versions.update(versions)
        self.seconds = min(self.seconds, seconds)


def shared_page(area):
    """A view decorator: `area.cache_page` for anonymous visitors, and for everyone else the page's skeleton, kept,
    with the visitor's `{% personal %}` parts filled in for each request."""

    def decorate(view):
        anonymous = area.cache_page(view)

        @wraps(view)
        def shared_view(request, *args, **kwargs):
            if is_cacheable_request(request):
                return anonymous(request, *args, **kwargs)
            if request.method not in {"GET", "HEAD"}:
                return view(request, *args, **kwargs)
            look_up(area, request)
            remembered = remembered_pages.serve(request, request.page_body, request.remembered_slots)
            if remembered is not None:
                return remembered
            with remembered_pages.watching(request):
                response = view(request, *args, **kwargs)
                if (
                    response.status_code == 200
                    and isinstance(response, SimpleTemplateResponse)
                    and not response.is_rendered
                ):
                    render(area, request, response)
            return response

        return shared_view

    return decorate


def look_up(area, request):
    """Before the view runs: find the page's skeleton, if one is kept, so the view may read less (`is_kept`), and
    what was remembered of it for this reader (core.remembered_pages). One cache round trip reads the skeleton,
    the reader's session, their remembered slots, the signed-in user with what core.personal keeps about them, and
    the versions the page depended on when this worker last saw it; a second one only for versions it did not
    foresee, parts of the page this worker has not read yet (core.immutable), or for a reader this worker has not
    seen with this session (`_readers_seen`)."""
    request.page_skeleton_key = key = _key(area, request)
    request.page_skeleton = request.page_body = request.remembered_slots = None
    asked = [key, area.key, *_versions_seen.get(key, ())]
    session = _unread_session(request)
    guess = _readers_seen.get(session.session_key) if session is not None else None
    if guess is not None:
        found = cache.get_many([*asked, session.cache_key, *_reader_keys(key, guess)])
        if session.cache_key in found:
            session._session_cache = found[session.cache_key]  # what SessionStore.load() would have read
        reader_id = _signed_in_id(request)
        if reader_id is not None and reader_id != guess:
            found |= cache.get_many(_reader_keys(key, reader_id))
    else:
        reader_id = _signed_in_id(request)
        found = cache.get_many([*asked, *_reader_keys(key, reader_id)])
    if session is not None and reader_id is not None:
        _remember_reader(session.session_key, reader_id)
    reader_key = remembered_pages.key(key, reader_id) if reader_id else None
    with personal.read_ahead(reader_id, found):
        user = request.user
        reader = str(user.pk) if user.is_authenticated else None
    stored, remembered = found.get(key), (found.get(reader_key) if reader == reader_id else None)
    if stored is None or stored.version != area.current(found):
        return
    if remembered is not None and remembered["body"] != stored.body:
        remembered = None
    wanted = {**stored.versions, **(remembered["versions"] if remembered else {})}
    _foresee(key, wanted)
    unforeseen = [name for name in wanted if name not in asked]
    parts = immutable.absent([stored.body, *(remembered["fills"] if remembered else ())])
    current = {**found, **(cache.get_many([*unforeseen, *parts]) if unforeseen or parts else {})}
    immutable.learn({name: current[name] for name in parts if name in current})
    body = immutable.get(stored.body)
    if body is None or any(current.get(name) != number for name, number in stored.versions.items()):
        return
    request.page_skeleton, request.page_body = stored, body
    if remembered is not None and all(current.get(name) == number for name, number in wanted.items()):
        request.remembered_slots = remembered_pages.with_fills(remembered)


def _reader_keys(key, reader_id):
    """The cache keys of the reader `reader_id` on the page whose skeleton is `key` (none for nobody)."""
    if reader_id is None:
        return []
    return [remembered_pages.key(key, reader_id), *personal.signed_in_keys(reader_id)]


# Which user each session was signed in as when this worker last served it, so that look_up can name the reader's
# keys before the session is read, and read it with them; the session read beside them confirms the guess. Bounded,
# since sessions come and go.
_readers_seen = {}
READERS_SEEN = 10_000


def _remember_reader(session_key, reader_id):
    if session_key not in _readers_seen and len(_readers_seen) >= READERS_SEEN:
        _readers_seen.clear()
    _readers_seen[session_key] = reader_id


def _unread_session(request):
    """The request's session when it is not read yet, has a key, and lives in the default cache (cached_db sessions,
    as configured): then look_up may read it with the page."""
    session = getattr(request, "session", None)
    if (
        isinstance(session, CachedSessionStore)
        and settings.SESSION_CACHE_ALIAS == "default"
        and session.session_key
        and not hasattr(session, "_session_cache")
    ):
        return session
    return None


# The version keys each page last depended on, per worker, so that look_up reads them with the page. A page whose
# versions changed costs one more round trip, once; bounded, since addresses come from outside.
_versions_seen = {}
VERSIONS_SEEN = 2_000


def _foresee(key, wanted):
    if key not in _versions_seen and len(_versions_seen) >= VERSIONS_SEEN:
        _versions_seen.clear()
    _versions_seen[key] = tuple(wanted)


def _signed_in_id(request):
    """The signed-in user's id (a string) as the session holds it, read before the user is loaded, since their
    page's keys name it; None when nobody is signed in."""
    user = request.user
    if not isinstance(user, LazyObject) or user._wrapped is not empty:
        return str(user.pk) if user.is_authenticated else None
    user_id = request.session.get(SESSION_KEY)
    return None if user_id is None else str(user_id)


def is_kept(request):
    """Whether this request's page comes from a kept skeleton: then only its slots are rendered, and the view need
    not read what only the shared part shows (a practice's texts)."""
    return getattr(request, "page_body", None) is not None


def render(area, request, response):
    """Render the `TemplateResponse` `response` of a view of `area` (a `PageCache`) through its skeleton."""
    template = response.resolve_template(response.template_name)
    engine_template = template.template
    context = make_context(
        response.resolve_context(response.context_data), request, autoescape=template.backend.engine.autoescape
    )
    try:
        response.content, response.skeleton = _filled(area, request, context, engine_template, response)
    except NotShareable as reason:
        # Each such request pays for the attempt as well: a template to mend, so it is a warning.
        logger.warning("%s is rendered whole: %s", request.path, reason)
        response.skeleton = "whole"
        response.render()


# Part of every skeleton's key, changed with the shape of what is kept, so a deployment never reads the old shape.
FORMAT = 6


def _key(area, request):
    address = hashlib.sha256(request.get_full_path().encode()).hexdigest()
    return f"{area.namespace}:skeleton{FORMAT}:{page_language()}:{address}"


def _filled(area, request, context, template, response):
    """The page for this request from its skeleton (rendered first if need be), and whether it was "kept"."""
    with context.render_context.push_state(template), context.bind_template(template):
        context.template_name = template.name
        skeleton, body, how, seconds = request.page_skeleton, request.page_body, "kept", area.seconds
        if body is None:
            skeleton, body, seconds = _render_shared(area, context, template)
            immutable.store({skeleton.body: body}, seconds)
            cache.set(request.page_skeleton_key, skeleton, seconds)
            how = "rendered"
        fills = filled_slots(context, body.slots)
        remembered_pages.remember(request, skeleton, fills, context, response, seconds)
        return joined_page(body.pieces, [text.encode() for text in fills]), how


def _render_shared(area, context, template):
    """The page rendered for nobody in particular, as it is kept (a `Skeleton` and its `Body`), and how long it may
    be kept."""
    version = area.current()
    shared = SkeletonRender(area.seconds)
    neutral = neutral_context_values(context, shared, visitor=Unseen("user"))
    neutral |= {"perms": Unseen("perms"), "messages": (), "csp_nonce": Unseen("csp_nonce")}
    with context.push(**neutral):
        html = template._render(context)
    pieces, slots = shared.split(html)
    body = Body([piece.encode() for piece in pieces], slots)
    return Skeleton(version, shared.versions, immutable.new_name()), body, shared.seconds
