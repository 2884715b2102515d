"""`manage.py run_worker`: the task worker for production and `make run`; it survives database restarts."""

from datetime import timedelta

from django.core.management.base import BaseCommand
from django.utils.crypto import get_random_string
from django_tasks_db.compat import DEFAULT_TASK_BACKEND_ALIAS, DEFAULT_TASK_QUEUE_NAME

from core.worker import keep_working


class Command(BaseCommand):
    help = (
        "Run the database task worker (django_tasks_db's db_worker loop), starting it again after database errors, "
        "put tasks a lost worker left RUNNING back in the queue, and enqueue the periodic work that is due."
    )

    def add_arguments(self, parser):
        parser.add_argument("--queue-name", default=DEFAULT_TASK_QUEUE_NAME, help="Queues, comma-separated; * for all.")
        parser.add_argument("--backend", default=DEFAULT_TASK_BACKEND_ALIAS, dest="backend_name")
        parser.add_argument("--interval", type=float, default=1, help="Seconds between looks at an empty queue.")
        parser.add_argument("--batch", action="store_true", help="Run what is queued, then exit.")
        parser.add_argument(
            "--stuck-after",
            type=int,
            default=3600,
            help="Seconds after which a RUNNING task of any worker counts as lost (default: 3600).",
        )
        parser.add_argument(
            "--max-attempts", type=int, default=3, help="Tries before a lost task is marked failed (default: 3)."
        )
        parser.add_argument("--sweep-seconds", type=float, default=300, help="Seconds between sweeps for lost tasks.")
        parser.add_argument(
            "--schedule-seconds", type=float, default=15, help="Seconds between looks for periodic work that is due."
        )

    def handle(
        self,
        *,
        queue_name,
        backend_name,
        interval,
        batch,
        stuck_after,
        max_attempts,
        sweep_seconds,
        schedule_seconds,
        **_,
    ):
        keep_working(
            worker_options={
                "queue_names": queue_name.split(","),
                "interval": interval,
                "batch": batch,
                "backend_name": backend_name,
                "startup_delay": False,
                "max_tasks": None,
                "worker_id": get_random_string(32),
                "excluded_queue_names": [],
            },
            stuck_after=timedelta(seconds=stuck_after),
            max_attempts=max_attempts,
            sweep_seconds=sweep_seconds,
            schedule_seconds=schedule_seconds,
        )
