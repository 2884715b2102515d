"""The task worker that outlives database outages, and the sweep for tasks a lost worker left RUNNING.

django_tasks_db's `db_worker` stops at the first database error it does not expect (PostgreSQL restarting, a
dropped connection), and a task it was running stays RUNNING for ever. `keep_working()` runs the same worker loop
and, when the database fails, closes every connection, waits (1 s, doubling up to a minute) and starts again. At
every start, and every `sweep_seconds` while it works, RUNNING tasks are looked at: those this worker was running
when the database went away go back to the queue at once; those of any worker that have run longer than
`stuck_after` (a worker killed mid-task) go back to the queue, or are marked failed once they have been tried
`max_attempts` times.
"""

import logging
import threading
from functools import partial
from time import monotonic, sleep

from django.db import InterfaceError, OperationalError, close_old_connections, connections, transaction
from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult

from core.periodic import enqueue_due

logger = logging.getLogger(__name__)

DATABASE_ERRORS = (OperationalError, InterfaceError)
FIRST_BACKOFF_SECONDS = 1
MAX_BACKOFF_SECONDS = 60
STUCK_EXCEPTION = "core.worker.TaskStuck"


def release_stuck_tasks(*, stuck_after, max_attempts, worker_id=None):
    """Put RUNNING tasks back in the queue, or mark them failed after `max_attempts` tries.

    A task is stuck when it started more than `stuck_after` (a timedelta) ago, or, when `worker_id` is given,
    whenever that worker (which is not running anything now) was the last to claim it. Returns (requeued, failed).
    """
    now = timezone.now()
    requeued = failed = 0
    with transaction.atomic():
        for result in DBTaskResult.objects.running().select_for_update().order_by("started_at"):
            own = worker_id is not None and result.worker_ids[-1:] == [worker_id]
            if not own and (result.started_at is None or result.started_at > now - stuck_after):
                continue
            if len(result.worker_ids) >= max_attempts:
                result.status = TaskResultStatus.FAILED
                result.finished_at = now
                result.exception_class_path = STUCK_EXCEPTION
                result.traceback = (
                    f"The task was still RUNNING after {len(result.worker_ids)} attempts; "
                    "its worker stopped or lost the database before it finished."
                )
                result.save(update_fields=["status", "finished_at", "exception_class_path", "traceback"])
                failed += 1
            else:
                result.status = TaskResultStatus.READY
                result.started_at = None
                result.save(update_fields=["status", "started_at"])
                requeued += 1
    if requeued or failed:
        logger.warning("Stuck tasks: %d put back in the queue, %d marked failed", requeued, failed)
    return requeued, failed


class _Every(threading.Thread):
    """Runs `action()` every `interval` seconds, on its own connection, until stopped; database errors wait."""

    def __init__(self, name, *, interval, action):
        super().__init__(name=name, daemon=True)
        self.interval = interval
        self.action = action
        self.stopped = threading.Event()

    def run(self):
        while not self.stopped.wait(self.interval):
            try:
                self.action()
            except DATABASE_ERRORS as error:
                logger.warning("%s could not reach the database: %s", self.name, error)
            finally:
                connections.close_all()


def _close_connections():
    for connection in connections.all(initialized_only=True):
        try:
            connection.close()
        except DATABASE_ERRORS:
            pass  # a connection to a database that went away cannot be closed cleanly; it is dropped all the same


def keep_working(*, worker_options, stuck_after, max_attempts, sweep_seconds, schedule_seconds):
    """Run django_tasks_db's worker until it returns (batch, max tasks) or is stopped; restart it on database errors.

    Beside it, one thread sweeps for stuck tasks and one enqueues the periodic work that is due (`core.periodic`).
    """
    worker_id = worker_options["worker_id"]
    backoff = FIRST_BACKOFF_SECONDS
    threads = [
        _Every(
            "The stuck-task sweep",
            interval=sweep_seconds,
            action=partial(release_stuck_tasks, stuck_after=stuck_after, max_attempts=max_attempts),
        ),
        _Every("The periodic-work scheduler", interval=schedule_seconds, action=enqueue_due),
    ]
    for thread in threads:
        thread.start()
    try:
        while True:
            started = monotonic()
            try:
                close_old_connections()
                release_stuck_tasks(stuck_after=stuck_after, max_attempts=max_attempts, worker_id=worker_id)
                enqueue_due()
                worker = Worker(**worker_options)
                worker.configure_signals()
                worker.run()
                return
            except DATABASE_ERRORS as error:
                if monotonic() - started > MAX_BACKOFF_SECONDS:
                    backoff = FIRST_BACKOFF_SECONDS  # it had been working: this is a new outage
                logger.warning("The task worker lost the database (%s); starting again in %s s", error, backoff)
                _close_connections()
                sleep(backoff)
                backoff = min(backoff * 2, MAX_BACKOFF_SECONDS)
    finally:
        for thread in threads:
            thread.stopped.set()
