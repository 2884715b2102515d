"""What every signed-in page asks about its user, kept in the cache between requests so the personal part of a page
(the header's notification count, the role checks, whether the user may post) costs no query once it is known.

A `PersonalFact` is one such question, answered per user by a function and remembered until a write changes the
answer. Like the page cache, nothing is retired by hand in views or services: the app that owns the rows the answer
is read from declares the receivers that forget it (`forget(user_id)` for one user, `forget_everyone()` when a
change reaches many users at once, such as a role group's permissions). `bulk_create()` and `update()` send no
signals, so a service that writes that way calls `forget` itself, as it would `page_cache.retire`.

Forgetting happens at once and again after the commit: at once, so the rest of the request (and a test, whose
transaction never commits) sees the change; after the commit, so a request that read the old rows while the
transaction was open cannot keep its answer. Every answer also expires after `seconds`.

Within one request the answer is remembered on the user object as well, so a page that asks ten times reads the
cache once.
"""

from functools import partial

from django.core.cache import cache
from django.db import transaction


class PersonalFact:
    def __init__(self, name, compute, *, seconds=300):
        self.name = name
        self.compute = compute
        self.seconds = seconds
        self.generation_key = f"personal:{name}:generation"
        self.attribute = f"_personal_{name}"

    def _key(self, user_id):
        return f"personal:{self.name}:{user_id}"

    def __call__(self, user):
        """The answer for `user` (a signed-in user object): from the user object, the cache, or computed."""
        if self.attribute in user.__dict__:
            return user.__dict__[self.attribute]
        key = self._key(user.pk)
        found = cache.get_many([self.generation_key, key])
        generation = found.get(self.generation_key, 0)
        if key in found and found[key][0] == generation:
            value = found[key][1]
        else:
            value = self.compute(user)
            cache.set(key, (generation, value), self.seconds)
        user.__dict__[self.attribute] = value
        return value

    def forget(self, *user_ids):
        """The answers of these users are stale: forget them now and after the current transaction commits."""
        keys = [self._key(user_id) for user_id in user_ids]
        cache.delete_many(keys)
        transaction.on_commit(partial(cache.delete_many, keys))

    def forget_everyone(self):
        """Every user's answer is stale (a change that reaches many users): start a new generation."""
        self._next_generation()
        transaction.on_commit(self._next_generation)

    def _next_generation(self):
        try:
            cache.incr(self.generation_key)
        except ValueError:
            cache.set(self.generation_key, 1, timeout=None)


def forget_on_user(user):
    """Drop every answer remembered on this user object for the rest of the request (after the user's own write)."""
    for attribute in [name for name in user.__dict__ if name.startswith("_personal_")]:
        del user.__dict__[attribute]
