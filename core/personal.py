"""What every signed-in page asks about its user, kept in the cache between requests so the personal part of a page
(the header's notification count, the role checks, whether the user may post) costs no query once it is known;
the signed-in user's own row is kept too (`signed_in_user`).

A `PersonalFact` is one such question, answered per user from rows it names and remembered until a write changes
the answer. The first fact a request asks that is not remembered reads every declared fact not remembered, in one
query: a UNION ALL of each fact's rows, each row packed as a JSON array, since the facts' columns differ in number
and type. So a reader the cache has forgotten costs one query for all of them, not one per question.

Like the page cache, nothing is retired by hand in views or services: the app that owns the rows the answer is read
from declares the receivers that forget it (`forget(user_id)` for one user, `forget_everyone()` when a
change reaches many users at once, such as a role group's permissions). `bulk_create()` and `update()` send no
signals, so a service that writes that way calls `forget` itself, as it would `page_cache.retire`.

Forgetting happens at once and again after the commit: at once, so the rest of the request (and a test, whose
transaction never commits) sees the change; after the commit, so a request that read the old rows while the
transaction was open cannot keep its answer. Every answer also expires after `ANSWER_SECONDS`.

Within one request the answer is remembered on the user object as well, so a page that asks ten times reads the
cache once; forgetting an answer drops it from the objects of this thread that hold it too, so a write made in the
request (a thread visit marking its notifications read) shows in the page it renders. `signed_in_user`, called
where the signed-in user is loaded, reads the user and every fact's remembered answer in one cache round trip, so
a page asking five questions does not make five.
"""

import weakref
from contextlib import contextmanager
from contextvars import ContextVar
from functools import partial
from threading import local

from django.core.cache import cache
from django.db import transaction
from django.db.models import IntegerField, Value
from django.db.models.functions import JSONArray
from django.utils.functional import LazyObject, empty


class PersonalFact:
    """A question about a signed-in user: `rows(user)` is a queryset of the rows its answer is read from, `columns`
    the fields (or aggregates) read of each, and `answer(rows)` the answer from those rows, each a tuple of
    `columns`' values in order (in no particular order, each distinct row once).
    """

    # Every fact declared, for signed_in_user().
    declared = []

    def __init__(self, name, *, rows, columns, answer):
        self.name = name
        self.rows = rows
        self.columns = columns
        self.answer = answer
        self.generation_key = f"personal:{name}:generation"
        self.attribute = f"_personal_{name}"
        PersonalFact.declared.append(self)

    def _key(self, user_id):
        return f"personal:{self.name}:{user_id}"

    def __call__(self, user):
        """The answer for `user` (a signed-in user object): from the user object, the cache, or read with the
        answers of every other fact not remembered (`_answer_unknown`)."""
        user = unwrapped(user)
        if self.attribute not in user.__dict__:
            _answer_unknown(user)
        return user.__dict__[self.attribute]

    def _drop_held(self, user_ids):
        """Drop this fact's answer from the user objects of this thread holding one (all of them for None)."""
        for user in _held_by_thread():
            if user_ids is None or user.pk in user_ids:
                user.__dict__.pop(self.attribute, None)

    def _keep(self, user, value):
        user.__dict__[self.attribute] = value
        _hold(user)

    def _keep_found(self, user, found):
        """Keep the answer on the user object when `found` (what the cache holds) has one of this generation."""
        remembered = found.get(self._key(user.pk))
        if remembered is None or remembered[0] != found.get(self.generation_key, 0):
            return False
        self._keep(user, remembered[1])
        return True

    def forget(self, *user_ids):
        """The answers of these users are stale: forget them now and after the current transaction commits."""
        self._drop_held(set(user_ids))
        _forget_keys([self._key(user_id) for user_id in user_ids])

    def forget_everyone(self):
        """Every user's answer is stale (a change that reaches many users): start a new generation."""
        self._drop_held(None)
        self._next_generation()
        transaction.on_commit(self._next_generation)

    def _next_generation(self):
        try:
            cache.incr(self.generation_key)
        except ValueError:
            cache.set(self.generation_key, 1, timeout=None)


# How long a signed-in user's row and each answer are kept, whatever forgets them sooner.
USER_SECONDS = ANSWER_SECONDS = 300


def _answer_unknown(user):
    """Keep on `user` the answer of every declared fact it does not hold: those the cache remembers from it, the
    others read together (`_read_answers`) and remembered."""
    missing = [fact for fact in PersonalFact.declared if fact.attribute not in user.__dict__]
    found = cache.get_many([key for fact in missing for key in (fact.generation_key, fact._key(user.pk))])
    unknown = [fact for fact in missing if not fact._keep_found(user, found)]
    if not unknown:
        return
    answers = _read_answers(user, unknown)
    cache.set_many(
        {fact._key(user.pk): (found.get(fact.generation_key, 0), answers[fact]) for fact in unknown}, ANSWER_SECONDS
    )
    for fact in unknown:
        fact._keep(user, answers[fact])


def _read_answers(user, facts):
    """{fact: its answer for `user`} for `facts`, read in one query. Each fact's rows are DISTINCT: a join (a
    permission held directly and through a group) or a row per post (where one wrote) would repeat them."""
    branches = [
        fact.rows(user).order_by().values_list(Value(number, IntegerField()), JSONArray(*fact.columns)).distinct()
        for number, fact in enumerate(facts)
    ]
    rows = [[] for _fact in facts]
    for number, values in branches[0].union(*branches[1:], all=True):
        rows[number].append(tuple(values))
    return {fact: fact.answer(fact_rows) for fact, fact_rows in zip(facts, rows, strict=True)}


def _user_key(user_id):
    return f"personal:user:{user_id}"


def signed_in_keys(user_id):
    """The cache keys `signed_in_user(user_id, …)` reads: the user's and every declared fact's."""
    facts = PersonalFact.declared
    return [_user_key(user_id)] + [key for fact in facts for key in (fact.generation_key, fact._key(user_id))]


# (user id, what the cache held of its signed_in_keys), read by a caller along with its own keys (`read_ahead`).
_read_ahead = ContextVar("personal_read_ahead", default=None)


@contextmanager
def read_ahead(user_id, found):
    """Within the block, `signed_in_user(user_id, …)` takes `found` (a get_many of `signed_in_keys(user_id)` and
    perhaps more) as what the cache holds, instead of a round trip of its own: core.skeletons reads the user with
    the page."""
    token = _read_ahead.set((str(user_id), found))
    try:
        yield
    finally:
        _read_ahead.reset(token)


def signed_in_user(user_id, load):
    """The signed-in user `user_id` with every declared fact's remembered answer kept on it, in one cache round
    trip (none within `read_ahead`). The user object is what `load(user_id)` returned (None for no such user),
    kept in the cache until `forget_user` (its app's receivers call it when the rows it was loaded from are saved
    or deleted); an answer not remembered is read (with every other one not remembered) when it is first asked for."""
    ahead = _read_ahead.get()
    if ahead is not None and ahead[0] == str(user_id):
        found = ahead[1]
    else:
        found = cache.get_many(signed_in_keys(user_id))
    user_key = _user_key(user_id)
    user = found.get(user_key)
    if user is None:
        user = load(user_id)
        if user is None:
            return None
        cache.set(user_key, user, USER_SECONDS)
    for fact in PersonalFact.declared:
        fact._keep_found(user, found)
    return user


def forget_user(*user_ids):
    """The rows these users were loaded from changed: load them afresh, now and after the transaction commits."""
    _forget_keys([_user_key(user_id) for user_id in user_ids])


def _forget_keys(keys):
    """Delete `keys` now (the rest of the request sees the change) and after the commit (a request that read the old
    rows meanwhile cannot keep them)."""
    cache.delete_many(keys)
    transaction.on_commit(partial(cache.delete_many, keys))


def held_answers(user):
    """{fact name: answer} for the facts answered on `user` so far (what a remembered page was made with)."""
    user = unwrapped(user)
    return {
        fact.name: user.__dict__[fact.attribute] for fact in PersonalFact.declared if fact.attribute in user.__dict__
    }


# The user objects this thread holds answers on (weakly: they go with their request).
_thread = local()


def _hold(user):
    held = [ref for ref in getattr(_thread, "users", ()) if ref() is not None and ref() is not user]
    _thread.users = [*held, weakref.ref(user)]


def _held_by_thread():
    return [user for user in (ref() for ref in getattr(_thread, "users", ())) if user is not None]


def unwrapped(user):
    """The user object itself, not `request.user`'s lazy wrapper: answers are kept on the object get_user() loaded."""
    if isinstance(user, LazyObject):
        if user._wrapped is empty:
            user._setup()
        return user._wrapped
    return user
