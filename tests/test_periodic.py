"""Periodic work runs by itself: the worker enqueues each registered task once per period, across workers."""

from datetime import timedelta

import pytest
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from core.periodic import PERIODIC, enqueue_due
from core.tasks import clear_expired_sessions, prune_finished_tasks

pytestmark = pytest.mark.django_db


@pytest.fixture
def database_tasks(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def queued_task_names():
    return sorted(result.task_path.rsplit(".", 1)[1] for result in DBTaskResult.objects.ready())


def test_the_forum_digest_sweep_and_the_clean_ups_are_on_the_schedule():
    scheduled = {key: entry.every for key, entry in PERIODIC.as_dict().items()}

    assert scheduled["forum.emails"] == timedelta(minutes=10)
    assert scheduled["core.sessions"] == timedelta(days=1)
    assert scheduled["core.tasks"] == timedelta(days=1)


def test_each_task_is_enqueued_once_per_period(database_tasks):
    start = timezone.now()

    first = enqueue_due(now=start)
    again_at_once = enqueue_due(now=start + timedelta(minutes=1))
    after_ten_minutes = enqueue_due(now=start + timedelta(minutes=10))
    after_a_day = enqueue_due(now=start + timedelta(days=1))

    assert set(first) >= {"forum.emails", "core.sessions", "core.tasks"}
    assert again_at_once == ["newsletter.newsletter-dispatch"]  # the one task due every minute
    assert set(after_ten_minutes) == {"forum.emails", "newsletter.newsletter-dispatch"}
    assert set(after_a_day) >= {"forum.emails", "core.sessions", "core.tasks"}
    assert queued_task_names().count("send_forum_emails") == 3


@pytest.mark.django_db(transaction=True)  # the worker's threads use their own connections, as in production
def test_a_worker_started_in_batch_mode_enqueues_and_runs_what_is_due(database_tasks):
    stale = SessionStore()
    stale.set_expiry(-1)
    stale.create()
    fresh = SessionStore()
    fresh.create()

    call_command("run_worker", "--batch", "--interval", "0")

    assert list(Session.objects.values_list("session_key", flat=True)) == [fresh.session_key]
    assert DBTaskResult.objects.ready().count() == 0
    assert DBTaskResult.objects.successful().filter(task_path__endswith="clear_expired_sessions").count() == 1


def test_expired_sessions_are_cleared_and_live_ones_kept():
    expired = SessionStore()
    expired.set_expiry(-60)
    expired.create()
    live = SessionStore()
    live.create()

    deleted = clear_expired_sessions.call()

    assert deleted == 1
    assert Session.objects.filter(session_key=live.session_key).exists()


@pytest.mark.django_db(transaction=True)
def test_task_results_older_than_a_month_are_forgotten(database_tasks):
    old = clear_expired_sessions.enqueue()
    recent = clear_expired_sessions.enqueue()
    call_command("run_worker", "--batch", "--interval", "0")
    DBTaskResult.objects.filter(pk=old.id).update(finished_at=timezone.now() - timedelta(days=31))

    deleted = prune_finished_tasks.call()

    assert deleted == 1
    assert DBTaskResult.objects.filter(pk=recent.id).exists()
