"""Inside the site's Django (a child process with the site's environment): the test data and the checks.

    python -m sitetest.data prepare PEOPLE OUT.json   signed-in people, a small event, the pages to visit
    python -m sitetest.data watch SECONDS             the most confirmed places ever seen per watched event
    python -m sitetest.data verify DATA.json RESULTS.json   what the simulated people were told, against the database
    python -m sitetest.data account EMAIL PASSWORD    a participant who signs in with a password (fault test)
    python -m sitetest.data enqueue SECONDS...        one `sitetest.tasks.pause` task per argument; prints their ids
    python -m sitetest.data tasks ID...               the status and attempts of those tasks, as JSON
    python -m sitetest.data running ID SECONDS        wait until that task is running (exit 1 if it is not in time)

`verify` prints a JSON report and exits 1 when an accepted comment or registration is missing from the database,
when a comment was stored twice, or when an event holds more confirmed places than it has.
"""

import json
import sys
import time
from datetime import timedelta

import django

django.setup()

from django.test import Client  # noqa: E402
from django.urls import reverse  # noqa: E402
from django.utils import timezone  # noqa: E402
from django_tasks_db.models import DBTaskResult  # noqa: E402

from core import roles  # noqa: E402
from events.enums import RegistrationStatus  # noqa: E402
from events.models import Event, Registration  # noqa: E402
from forum.models import Discussion, Post  # noqa: E402
from news.models import NewsPost  # noqa: E402
from practices.models import Practice  # noqa: E402
from tests.factories.events import EventFactory  # noqa: E402
from tests.factories.portal import VerifiedUserFactory  # noqa: E402

WATCHED_EVENT_SLUG = "loadtest-workshop"
SEARCH_TERMS = ["иновации", "social", "community", "грижа", "youth", "образование", "care", "volunteers"]


def comment_path(obj):
    opts = obj._meta
    kwargs = {"app_label": opts.app_label, "model_name": opts.model_name, "object_id": obj.pk}
    return reverse("forum:comment-create", kwargs=kwargs)


def prepare(people, out):
    """People with a verified e-mail, signed in (their session cookies), a workshop with a third as many places."""
    sessions = []
    for number in range(people):
        user = roles.assign_role(
            user=VerifiedUserFactory(username=f"loadtest-{number}", email=f"loadtest-{number}@example.org"),
            role=roles.PARTICIPANT,
        )
        client = Client()
        client.force_login(user)
        sessions.append({"user_id": user.pk, "sessionid": client.cookies["sessionid"].value})
    start = timezone.now().replace(microsecond=0) + timedelta(days=20)
    workshop = EventFactory(
        slug=WATCHED_EVENT_SLUG,
        title_en="Load-test workshop",
        title_bg="Работилница за натоварване",
        start=start,
        end=start + timedelta(hours=3),
        capacity=max(1, people // 6),  # about half the participants: some wait, cancellations promote them
    )
    practices = list(Practice.objects.published().order_by("pk")[:6])
    events = list(Event.objects.public().order_by("pk")[:4])
    news = list(NewsPost.objects.published().order_by("pk")[:4])
    threads = list(Discussion.objects.threads().published().order_by("pk").values_list("pk", flat=True)[:6])
    data = {
        "sessions": sessions,
        "workshop": {"slug": workshop.slug, "path": workshop.get_absolute_url()},
        "pages": {
            "home": ["/bg/", "/en/"],
            "practice list": ["/bg/practices/", "/en/practices/?sort=title"],
            "practice": [practice.get_absolute_url() for practice in practices],
            "event list": ["/bg/events/", "/en/events/"],
            "event": [event.get_absolute_url() for event in events],
            "news": [post.get_absolute_url() for post in news] + ["/en/news/"],
            "forum thread": [reverse("forum:thread-detail", kwargs={"pk": pk}) for pk in threads],
            "documents": ["/bg/documents/", "/en/documents/"],
        },
        "search_terms": SEARCH_TERMS,
        "comment_targets": [
            {"page": obj.get_absolute_url(), "post": comment_path(obj)} for obj in [*practices, *events, *news]
        ],
        "threads": [
            {
                "page": reverse("forum:thread-detail", kwargs={"pk": pk}),
                "post": reverse("forum:thread-reply", kwargs={"pk": pk}),
            }
            for pk in threads
        ],
    }
    with open(out, "w") as file:
        json.dump(data, file, ensure_ascii=False, indent=1)


def confirmed_by_event():
    """Confirmed places and capacity of every event with a capacity."""
    counts = {}
    for event in Event.objects.exclude(capacity=None):
        confirmed = Registration.objects.filter(event=event, status=RegistrationStatus.CONFIRMED).count()
        counts[event.slug] = (confirmed, event.capacity)
    return counts


def watch(seconds):
    """Look at every event's confirmed places each second for `seconds`; print the most seen beside the capacity."""
    most = {}
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        for slug, (confirmed, capacity) in confirmed_by_event().items():
            most[slug] = (max(confirmed, most.get(slug, (0, 0))[0]), capacity)
        time.sleep(1)
    print(json.dumps(most))


def verify(data_path, results_path):
    with open(data_path) as file:
        data = json.load(file)
    with open(results_path) as file:
        results = json.load(file)
    problems = []
    comments = results["comments"]
    stored = {token: Post.objects.filter(body__contains=token).count() for token in comments}
    problems += [f"comment {token} accepted but stored {count} times" for token, count in stored.items() if count != 1]
    refused = results["refused comments"]
    # Every comment of the run carries "loadtest-": refused ones must have left nothing behind.
    all_stored = Post.objects.filter(body__contains="loadtest-").count()
    if all_stored != len(comments):
        problems.append(f"{all_stored} comments of the run stored, {len(comments)} accepted")
    workshop = Event.objects.get(slug=data["workshop"]["slug"])
    active = set(Registration.objects.active().filter(event=workshop).values_list("user_id", flat=True))
    expected = {int(user_id) for user_id, registered in results["registered"].items() if registered}
    told_cancelled = {int(user_id) for user_id, registered in results["registered"].items() if not registered}
    problems += [f"user {user_id}: registration accepted but not in the database" for user_id in expected - active]
    problems += [f"user {user_id}: cancelled but still registered" for user_id in told_cancelled & active]
    confirmed, capacity = confirmed_by_event()[workshop.slug]
    waiting = Registration.objects.filter(event=workshop, status=RegistrationStatus.WAITLISTED).count()
    if confirmed > capacity:
        problems.append(f"{workshop.slug}: {confirmed} confirmed for {capacity} places")
    if waiting and confirmed < capacity:
        problems.append(f"{workshop.slug}: {capacity - confirmed} places free while {waiting} wait")
    report = {
        "comments accepted": len(comments),
        "comments in the database": sum(1 for count in stored.values() if count == 1),
        "comments refused (posting rate limit)": len(refused),
        "registrations accepted and kept": len(expected),
        "registrations in the database": len(active & expected),
        "confirmed / capacity": f"{confirmed} / {capacity}",
        "waiting list": waiting,
        "problems": problems,
    }
    print(json.dumps(report, ensure_ascii=False))
    return not problems


def account(email, password):
    user = VerifiedUserFactory(username=email.split("@")[0], email=email)
    user.set_password(password)
    user.save(update_fields=["password"])
    roles.assign_role(user=user, role=roles.PARTICIPANT)


def enqueue(durations):
    from sitetest.tasks import pause

    print(json.dumps([pause.enqueue(float(seconds)).id for seconds in durations]))


def task_statuses(ids):
    results = DBTaskResult.objects.filter(pk__in=ids).values_list("pk", "status", "worker_ids")
    print(json.dumps({str(pk): {"status": status, "attempts": len(workers)} for pk, status, workers in results}))


def wait_until_running(task_id, seconds):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if DBTaskResult.objects.filter(pk=task_id, status="RUNNING").exists():
            return True
        time.sleep(0.1)
    return False


if __name__ == "__main__":
    command, *arguments = sys.argv[1:]
    if command == "prepare":
        prepare(int(arguments[0]), arguments[1])
    elif command == "watch":
        watch(float(arguments[0]))
    elif command == "verify":
        sys.exit(0 if verify(*arguments) else 1)
    elif command == "account":
        account(*arguments)
    elif command == "enqueue":
        enqueue(arguments)
    elif command == "tasks":
        task_statuses(arguments)
    elif command == "running":
        sys.exit(0 if wait_until_running(arguments[0], float(arguments[1])) else 1)
    else:
        sys.exit(__doc__)
