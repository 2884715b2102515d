"""Periodic work: what the task worker enqueues on a schedule, so nothing waits for a command run by hand.

An app registers a django-tasks task (a module-level `@task()` function taking no arguments) from `ready()`::

    PERIODIC.add(Periodic(task=send_forum_emails, every=timedelta(minutes=10)), app=self.label,
                 name="forum-emails", order=50)

Every `manage.py run_worker` looks at the schedule every few seconds (`enqueue_due`). A row per entry
(`core.PeriodicRun`) records when it was last enqueued; the row is locked while it is read and written, so
with several workers on several machines each entry is still enqueued once per period. The tasks themselves
must be safe to run again (a sweep, not a "send everything once"): a task lost with its worker is retried.
"""

import logging
from dataclasses import dataclass
from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from django_tasks.base import Task

from core.registry import Registry

logger = logging.getLogger(__name__)

PERIODIC = Registry("Periodic work the task worker enqueues (order: 10 core clean-ups, 50 app sweeps)")


@dataclass(frozen=True)
class Periodic:
    task: Task
    every: timedelta


def enqueue_due(*, now=None):
    """Enqueue every registered task whose period has passed since it was last enqueued; return their keys."""
    from core.models import PeriodicRun

    now = now or timezone.now()
    enqueued = []
    for entry in PERIODIC.entries():
        with transaction.atomic():
            run, _ = PeriodicRun.objects.select_for_update().get_or_create(name=entry.key)
            if run.last_enqueued_at is not None and run.last_enqueued_at > now - entry.value.every:
                continue
            entry.value.task.enqueue()
            run.last_enqueued_at = now
            run.save(update_fields=["last_enqueued_at"])
        enqueued.append(entry.key)
    if enqueued:
        logger.info("Periodic work enqueued: %s", ", ".join(enqueued))
    return enqueued
