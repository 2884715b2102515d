"""The portal's own clean-ups, enqueued by the worker's schedule (`core.periodic`)."""

from datetime import timedelta

from django.contrib.sessions.models import Session
from django.utils import timezone
from django_tasks import task
from django_tasks_db.models import DBTaskResult

FINISHED_TASKS_KEPT = timedelta(days=30)


@task()
def clear_expired_sessions():
    """Delete sessions past their expiry date (what `manage.py clearsessions` does)."""
    deleted, _ = Session.objects.filter(expire_date__lt=timezone.now()).delete()
    return deleted


@task()
def prune_finished_tasks():
    """Forget the results of tasks that finished, successfully or not, more than 30 days ago."""
    deleted, _ = DBTaskResult.objects.finished().filter(finished_at__lt=timezone.now() - FINISHED_TASKS_KEPT).delete()
    return deleted
