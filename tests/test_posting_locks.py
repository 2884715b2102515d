"""The posting rate limit's lock on the author (forum.ratelimit) on PostgreSQL: it serialises one author's posts
and lets everyone else's go on, however they refer to that author.

Found by `make loadtest` on PostgreSQL: the author's row was locked FOR UPDATE, which also blocks the KEY SHARE
lock PostgreSQL takes at commit for each foreign key to that row, so two people replying in a discussion both
follow (each notifying the other) deadlocked and one of them got the 503 page.
"""

import threading

import pytest
from django.db import connection, connections, transaction

from forum import ratelimit, services
from forum.models import Notification, Post
from tests.factories.forum import PostFactory, ThreadFactory
from tests.factories.portal import VerifiedUserFactory

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks are PostgreSQL's"),
]


def in_another_connection(action):
    """Run `action` in a thread of its own (so on its own database connection); its exception, if any."""
    errors = []

    def run():
        try:
            with connection.cursor() as cursor:
                cursor.execute("SET lock_timeout = '3s'")  # a blocked commit fails here instead of hanging the test
            action()
        except Exception as error:  # noqa: BLE001 - handed back to the test, which asserts on it
            errors.append(error)
        finally:
            connections.close_all()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(timeout=30)
    return errors


def test_reply_notifying_an_author_goes_through_while_that_author_is_posting():
    maria, ivan = VerifiedUserFactory(), VerifiedUserFactory()
    thread = ThreadFactory(author=maria)
    PostFactory(discussion=thread, author=maria)
    services.subscribe(user=maria, discussion=thread)

    with transaction.atomic():
        assert ratelimit.seconds_until_allowed(maria) == 0  # Maria's post is being written: her row is locked
        errors = in_another_connection(
            lambda: services.create_post(discussion=thread, author=ivan, body="Ivan's reply, which notifies Maria.")
        )

    assert errors == []
    assert Post.objects.filter(author=ivan, discussion=thread).count() == 1
    assert Notification.objects.filter(recipient=maria, post__author=ivan).count() == 1


def test_the_same_author_posting_twice_at_once_still_waits_for_the_first():
    maria = VerifiedUserFactory()
    thread = ThreadFactory(author=maria)

    with transaction.atomic():
        ratelimit.seconds_until_allowed(maria)
        errors = in_another_connection(lambda: services.create_post(discussion=thread, author=maria, body="Again."))

    assert len(errors) == 1
    assert "lock timeout" in str(errors[0])
    assert not Post.objects.filter(author=maria, body="Again.").exists()
