"""The task worker outlives database outages, and tasks a lost worker left RUNNING are tried again."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import OperationalError
from django.db.backends.utils import CursorWrapper
from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from core.worker import release_stuck_tasks
from forum.tasks import send_forum_emails

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def database_tasks(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture
def no_waiting(monkeypatch):
    """The worker's back-off between restarts, recorded instead of slept."""
    waits = []
    monkeypatch.setattr("core.worker.sleep", waits.append)
    return waits


class Outage:
    """The database refuses the statements `refuses(sql, params)` picks, `times` times, then answers again."""

    def __init__(self, monkeypatch, *, refuses, times):
        self.left = times
        real_execute = CursorWrapper.execute

        def execute(cursor, sql, params=None):
            if self.left and refuses(sql, params or ()):
                self.left -= 1
                raise OperationalError("server closed the connection unexpectedly")
            return real_execute(cursor, sql, params)

        monkeypatch.setattr(CursorWrapper, "execute", execute)


def reads_the_queue(sql, params):
    return sql.startswith("SELECT") and DBTaskResult._meta.db_table in sql


def records_the_outcome(sql, params):
    return sql.startswith("UPDATE") and {TaskResultStatus.SUCCESSFUL, TaskResultStatus.FAILED} & set(params)


def result_row(task_result):
    return DBTaskResult.objects.get(pk=task_result.id)


def test_worker_starts_again_after_losing_the_database_and_runs_the_queued_task(
    database_tasks, no_waiting, monkeypatch, caplog
):
    queued = send_forum_emails.enqueue()
    outage = Outage(monkeypatch, refuses=reads_the_queue, times=3)

    call_command("run_worker", "--batch", "--interval", "0")

    assert outage.left == 0
    assert result_row(queued).status == TaskResultStatus.SUCCESSFUL
    assert no_waiting == [1, 2, 4]
    assert "The task worker lost the database" in caplog.text


def test_task_left_running_when_the_database_went_away_is_run_again(database_tasks, no_waiting, monkeypatch):
    queued = send_forum_emails.enqueue()
    # The task runs, then neither its success nor its failure can be recorded (django_tasks_db tries each three
    # times): the database is gone, and the task is left RUNNING.
    outage = Outage(monkeypatch, refuses=records_the_outcome, times=6)

    call_command("run_worker", "--batch", "--interval", "0")

    row = result_row(queued)
    assert outage.left == 0
    assert row.status == TaskResultStatus.SUCCESSFUL
    assert len(row.worker_ids) == 2


def test_sweep_puts_long_running_tasks_back_in_the_queue(database_tasks):
    lost = send_forum_emails.enqueue()
    recent = send_forum_emails.enqueue()
    DBTaskResult.objects.filter(pk=lost.id).update(
        status=TaskResultStatus.RUNNING, started_at=timezone.now() - timedelta(hours=2), worker_ids=["gone"]
    )
    DBTaskResult.objects.filter(pk=recent.id).update(
        status=TaskResultStatus.RUNNING, started_at=timezone.now(), worker_ids=["busy"]
    )

    assert release_stuck_tasks(stuck_after=timedelta(hours=1), max_attempts=3) == (1, 0)

    assert result_row(lost).status == TaskResultStatus.READY
    assert result_row(recent).status == TaskResultStatus.RUNNING


def test_sweep_marks_a_task_failed_after_its_last_attempt(database_tasks):
    lost = send_forum_emails.enqueue()
    DBTaskResult.objects.filter(pk=lost.id).update(
        status=TaskResultStatus.RUNNING, started_at=timezone.now() - timedelta(hours=2), worker_ids=["a", "b", "c"]
    )

    assert release_stuck_tasks(stuck_after=timedelta(hours=1), max_attempts=3) == (0, 1)

    row = result_row(lost)
    assert row.status == TaskResultStatus.FAILED
    assert row.finished_at is not None
    assert row.exception_class_path == "core.worker.TaskStuck"
