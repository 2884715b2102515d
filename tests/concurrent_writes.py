"""Many signed-in people writing at the same moment, run by tests/test_embedded_site.py in a process of its own.

`python -m tests.concurrent_writes SCENARIO` with the production settings (portal.settings) on a migrated SQLite
file: each thread is one person with their own Client, so their own database connection, and all start together.
Prints a JSON report: server errors (5xx or exceptions) and what reached the database.

- writers: 20 people each sign in, comment on one practice and register for one event of 10 places.
- one-author: one person sends 20 comments at once; the posting rate limit must hold.
"""

import json
import sys
import threading
import traceback

import django

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import reverse  # noqa: E402

from events.enums import RegistrationStatus  # noqa: E402
from events.models import Registration  # noqa: E402
from forum.models import Post  # noqa: E402
from tests.factories.events import EventFactory  # noqa: E402
from tests.factories.portal import VerifiedUserFactory  # noqa: E402
from tests.factories.practices import PracticeFactory  # noqa: E402

PEOPLE = 20


def comment_url(obj):
    opts = obj._meta
    return reverse(
        "forum:comment-create", kwargs={"app_label": opts.app_label, "model_name": opts.model_name, "object_id": obj.pk}
    )


def together(actions):
    """Run each action in its own thread, all released at once; the errors they met."""
    start = threading.Barrier(len(actions))
    errors = []

    def run(action):
        try:
            start.wait()
            for response in action():
                if response.status_code >= 500:
                    errors.append(f"{response.status_code} {response.request['PATH_INFO']}")
        except Exception:  # noqa: BLE001 - every failure is what the report is for
            errors.append(traceback.format_exc(limit=3))
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(action,)) for action in actions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


def writers():
    practice = PracticeFactory(slug="kitchens")
    event = EventFactory(slug="conference", capacity=10)
    people = [VerifiedUserFactory(password=None) for _ in range(PEOPLE)]
    register_url = reverse("events:event-register", kwargs={"slug": event.slug})
    connection.close()

    def person(user, number):
        def act():
            client = Client(raise_request_exception=True)
            client.force_login(user)
            yield client.post(comment_url(practice), {"body": f"Comment {number}"})
            yield client.post(register_url, {"organisation": f"Org {number}"})

        return act

    errors = together([person(user, number) for number, user in enumerate(people)])
    return {
        "errors": errors,
        "comments": Post.objects.count(),
        "registrations": Registration.objects.count(),
        "confirmed": Registration.objects.filter(status=RegistrationStatus.CONFIRMED).count(),
    }


def one_author():
    practice = PracticeFactory(slug="kitchens")
    author = VerifiedUserFactory(password=None)
    connection.close()

    def comment(number):
        def act():
            client = Client(raise_request_exception=True)
            client.force_login(author)
            yield client.post(comment_url(practice), {"body": f"Comment {number}"})

        return act

    errors = together([comment(number) for number in range(PEOPLE)])
    return {"errors": errors, "comments": Post.objects.count()}


if __name__ == "__main__":
    print(json.dumps({"writers": writers, "one-author": one_author}[sys.argv[1]]()))
