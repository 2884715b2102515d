"""Shared fragments: the part of a page that is the same for every visitor, rendered once per object and language
and kept until what it shows changes; the personal bits inside it are filled in for each request.

A page for a signed-in visitor is mostly what everyone sees (a practice's text, a film's transcript, a programme
grid, a thread's posts) around a little that is theirs (the header, forms with their CSRF token, their stars, edit
links on their own posts). The shared part is a `Fragment`, declared once in the app's `caching.py`::

    practice_body = Fragment("practice-body")

and marked in the template; whatever differs between visitors is a `{% personal %}` template inside it::

    {% load fragments %}
    {% fragment "practice-body" practice %}
      <h1>…</h1>{% personal "practices/includes/follow.html" %}…
      {% for post in posts %}… {% personal "forum/includes/post_actions.html" post_id=post.pk %}
    {% endfragment %}

The fragment is cached per object (`practice`, or None for a list), language and any further `name=value` pairs
(`page=page_obj.number`, `query=filter_querystring`); `cache=False` renders it afresh for this request only (a
moderator, who sees what others do not). Its shared part renders as an anonymous visitor would see it: `user` is
anonymous and there is no CSRF token, so nothing personal can be stored. Each `{% personal %}` leaves a slot and
the values it names (small, picklable: ids, flags); every request, warm or cold, fills each slot by rendering its
template with the page's own context (the real user, the CSRF token, the sets the view read for them, such as
`starred`) and those values. A marked session or an own post costs no query of its own: the view reads the
visitor's set once.

What retires a fragment is declared in the app's `receivers.py`, never called by views, services or the admin::

    fragments.retire_on(practice_body, models=[Practice])  # each practice's own fragments
    fragments.retire_on(practice_body, models=[Document], objects=lambda document: ALL)
    fragments.retire_on(discussion_posts, models=[Post], objects=lambda post: [post.discussion_id])

`objects(instance)` names the keys (primary keys) of the fragments a change to `instance` retires, or `ALL` for
every fragment of the kind; it is called with None for a write named only by its class (`page_cache.retire(Model)`
after a `QuerySet.update()`, a many-to-many relation changed from the other side), which by default retires them
all. The rules ride on `core.page_cache`'s receivers: after commit, once per commit, whatever wrote.
"""

import copy
import hashlib
import operator
import uuid
from contextlib import contextmanager
from contextvars import ContextVar
from functools import partial

from django.contrib.auth.models import AnonymousUser
from django.core.cache import cache
from django.utils.functional import SimpleLazyObject
from django.utils.safestring import mark_safe

from core.i18n import page_language
from core.page_cache import Version, retire_versions_on

# Fragments also show names edited elsewhere (an author's display name, an organisation's) that no rule follows;
# they show up at most this late.
FRAGMENT_SECONDS = 300

ALL = "all"

# Every fragment by name, for the template tag.
_FRAGMENTS = {}


class Fragment:
    """One kind of shared fragment (the body of a practice page, the posts of a discussion page)."""

    def __init__(self, name, *, seconds=FRAGMENT_SECONDS, follows=()):
        """`follows`: versions (an area's `PageCache`) whose every bump retires all of this kind too, so a fragment
        showing what an anonymous page of that area shows (a list) is retired by exactly that page's rules."""
        if name in _FRAGMENTS:
            raise ValueError(f"A fragment is already named {name!r}")
        self.name = name
        self.seconds = seconds
        self.everything = Version(f"fragment:{name}:version")
        self.follows = list(follows)
        _FRAGMENTS[name] = self

    def __repr__(self):
        return f"Fragment({self.name!r})"

    def version_of(self, key):
        """The version of the fragments of one object (by primary key)."""
        return Version(f"fragment:{self.name}:{key}:version")

    def versions_to_retire(self, keys):
        if keys == ALL:
            return [self.everything]
        return [self.version_of(key) for key in keys if key is not None]

    def cache_key(self, key, vary):
        varied = hashlib.sha256(repr(sorted(vary.items())).encode()).hexdigest()[:32]
        return f"fragment:{self.name}:{key}:{page_language()}:{varied}"

    def get_or_render(self, key, render, vary, *, record=None):
        """`render()` for object `key` (a primary key, or None) in the page language and `vary` (a dict), from the
        cache while nothing it shows has changed. `render()` returns what is stored: any picklable value. `record`,
        if given, is told the versions read and this kind's lifetime (a page skeleton holding the fragment)."""
        versions = [self.everything, *self.follows] + ([self.version_of(key)] if key is not None else [])
        cache_key = self.cache_key(key, vary)
        found = cache.get_many([version.key for version in versions] + [cache_key])
        current = tuple(version.current(found) for version in versions)
        read = {version.key: number for version, number in zip(versions, current, strict=True)}
        for sink in (record, _recording.get()):
            if sink is not None:
                sink(read, self.seconds)
        stored = found.get(cache_key)
        if stored is not None and stored[0] == current:
            return stored[1]
        value = render()
        cache.set(cache_key, (current, value), self.seconds)
        return value


# Told the versions (and lifetime) of every fragment read while it is set (`recording`).
_recording = ContextVar("fragment_recording", default=None)


@contextmanager
def recording(record):
    """Within the block, every fragment read tells `record(versions, seconds)` what it was read under: a reader's
    remembered page (core.remembered_pages) lives only as long as the fragments its slots showed."""
    token = _recording.set(record)
    try:
        yield
    finally:
        _recording.reset(token)


def lasting(seconds):
    """What is being read holds for `seconds` more at most (an edit link, until its edit window closes): a reader's
    remembered page (core.remembered_pages) being made now lives no longer."""
    record = _recording.get()
    if record is not None:
        record({}, seconds)


def fragment_named(name):
    try:
        return _FRAGMENTS[name]
    except KeyError:
        raise ValueError(f"No fragment is named {name!r}; declare it with core.fragments.Fragment") from None


def retire_on(fragment, *, models, objects=None):
    """Declare that a change to an instance of any of `models` retires the fragments of the objects
    `objects(instance)` names (primary keys, or `ALL`); by default the instance's own."""

    def versions(instance):
        if instance is None:
            return fragment.versions_to_retire(ALL)
        keys = objects(instance) if objects else [instance.pk]
        return fragment.versions_to_retire(keys)

    retire_versions_on(models=models, versions=versions)


# Rendering: the shared part as an anonymous visitor sees it, with slots for the personal parts.

_SLOT_PREFIX = "\x1fslot-"


class NotShareable(ValueError):
    """A shared render met something personal outside a `{% personal %}` slot."""


class SharedRender:
    """What one render of a shared part collects: the personal slots, each (template name, values)."""

    # A fragment met inside this render is part of it (rendered inline), not cached on its own.
    caches_inner_fragments = False

    def __init__(self):
        secret = uuid.uuid4().hex
        self.marker = f"{_SLOT_PREFIX}{secret}-"
        # What `{% csrf_token %}` writes in the shared part, which `split` then refuses (nobody can type it).
        self.no_csrf_token = f"no-csrf-token-in-a-shared-fragment-{secret}"
        self.slots = []

    def slot(self, template_name, values):
        self.slots.append((template_name, values))
        return f"{self.marker}{len(self.slots) - 1}\x1f"

    def reslot(self, pieces, slots):
        """A cached inner fragment's pieces and slots as part of this render, its slots among this one's."""
        out = [pieces[0]]
        for (template_name, values), piece in zip(slots, pieces[1:], strict=True):
            out.append(self.slot(template_name, values))
            out.append(piece)
        return mark_safe("".join(out))  # noqa: S308 # nosec: template output, escaped when rendered

    def split(self, html):
        """The rendered text as (pieces between the slots, slots): what is cached."""
        if self.no_csrf_token in html:
            raise NotShareable(
                "A form with a CSRF token inside a shared fragment: move it into a {% personal %} template"
            )
        pieces = []
        rest = str(html)
        for index in range(len(self.slots)):
            before, rest = rest.split(f"{self.marker}{index}\x1f", 1)
            pieces.append(before)
        pieces.append(rest)
        return pieces, self.slots


def neutral_context_values(context, shared=None, *, visitor=None):
    """What the shared part sees instead of the visitor: nobody signed in (or `visitor`), no CSRF token."""
    request = context.get("request")
    shared = shared or SharedRender()
    visitor = AnonymousUser() if visitor is None else visitor
    values = {"user": visitor, "perms": None, "csrf_token": shared.no_csrf_token, "fragment_render": shared}
    if request is not None:
        neutral = copy.copy(request)
        neutral.user = visitor
        values["request"] = neutral
    return values


# Slots that many of one page share (a star on each of 100 sessions), each rendered by a function rather than by
# rendering its template once per slot: {template name: function(context, values, memo) -> str}.
_SLOT_RENDERERS = {}


def slot_renderer(template_name):
    """Declare a function that renders the `{% personal template_name … %}` slots; it gets the page's context, the
    slot's values and a dict kept for one fill (to render the template once per state and write each slot's own
    values into it). Rendering a template costs ~0.2 ms; a grid of 100 slots paid it 100 times per request."""

    def register(function):
        _SLOT_RENDERERS[template_name] = function
        return function

    return register


def computed_on_first_use(compute, names):
    """Context values for a shared fragment, as {name: lazy value}: `compute()` (returning a dict with `names`) runs
    once, when the first of them is used, so a page whose fragment is warm reads none of what it shows."""
    computed = SimpleLazyObject(compute)
    return {name: SimpleLazyObject(partial(operator.getitem, computed, name)) for name in names}


# A stand-in primary key for a slot's object while its template is rendered once per state: no real key is this
# large, and its digits are then replaced by each slot's own.
STAND_IN_PK = 987654321987


def render_once_per_state(context, template_name, memo, *, state, stand_in, own):
    """For a slot renderer: `template_name` rendered once per `state` for the whole fill, with the context values
    `stand_in()` returns (placeholders where the slots differ), then each placeholder replaced by this slot's text
    (`own`: placeholder -> already escaped text)."""
    if state not in memo:
        with context.push(**stand_in()):
            memo[state] = render_slot(context.template.engine.get_template(template_name), context)
    html = memo[state]
    for placeholder, text in own.items():
        html = html.replace(placeholder, text)
    return html


def render_slot(template, context):
    """A slot's template rendered; its file's final newline is not part of it (a slot may sit inside an attribute)."""
    html = template.render(context)
    return html[:-1] if html.endswith("\n") else html


def render_personal(context, template_name, values, memo):
    """One `{% personal %}` slot for this request: by its declared renderer, or its template with `values`."""
    renderer = _SLOT_RENDERERS.get(template_name)
    if renderer is not None:
        return renderer(context, values, memo.setdefault(template_name, {}))
    with context.push(**values):
        return render_slot(context.template.engine.get_template(template_name), context)


def fill(context, pieces, slots):
    """The fragment for this request: each slot rendered from the page's own context and the values it kept."""
    return joined(pieces, filled_slots(context, slots))


def filled_slots(context, slots):
    """What each slot shows this request, in order."""
    memo = {}
    return [render_personal(context, template_name, values, memo) for template_name, values in slots]


def joined(pieces, fills):
    """The shared pieces with the slots' text between them."""
    # Safe: every piece is template output, escaped when it was rendered (ruff S308, bandit B308/B703 ask about
    # every mark_safe).
    return mark_safe("".join(_interleaved(pieces, fills)))  # noqa: S308 # nosec


def joined_page(pieces, fills):
    """A whole page's bytes from its shared pieces and its slots' text between them, all UTF-8 bytes (core.skeletons,
    core.remembered_pages: read from the cache without decoding and written out without encoding, which was a third
    of a remembered programme's time)."""
    return b"".join(_interleaved(pieces, fills))


def _interleaved(pieces, fills):
    yield pieces[0]
    for text, piece in zip(fills, pieces[1:], strict=True):
        yield text
        yield piece
