"""Certificates are issued on the task worker: a large training's list takes a while, and the admin shows progress."""

from django_tasks import task

from attendance.services import issue_certificates
from events.models import Event


@task()
def issue_event_certificates(event_id):
    return issue_certificates(event=Event.objects.get(pk=event_id))
