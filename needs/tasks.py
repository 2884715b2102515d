from datetime import timedelta

from django.utils import timezone
from django_tasks import task

from needs.models import Response
from needs.services import CONFIRM_DAYS

FORGET_EVERY = timedelta(hours=6)


@task()
def forget_unverified_responses():
    """Answers whose e-mail link was never followed are deleted once the link has expired."""
    cutoff = timezone.now() - timedelta(days=CONFIRM_DAYS)
    deleted, _by_model = Response.objects.filter(confirmed_at__isnull=True, created_at__lt=cutoff).delete()
    return deleted
