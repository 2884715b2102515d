"""The newsletter's background work, run by the task worker (`manage.py run_worker`)."""

from django_tasks import task

from newsletter import sending, services
from newsletter.models import Issue, Subscriber


@task()
def send_batch(issue_id):
    """Send one batch of an issue and queue the next while rows are due."""
    issue = Issue.objects.filter(pk=issue_id).first()
    if issue is None:
        return
    if sending.send_next_batch(issue=issue) and sending.has_due_work(issue):
        send_batch.enqueue(issue_id)


@task()
def dispatch_issues():
    """Every minute: start the scheduled issues that are due, resume sending that a stopped worker left."""
    sending.dispatch()


@task()
def forget_unconfirmed():
    """Every hour: delete the addresses nobody confirmed within 30 days."""
    services.forget_unconfirmed()


@task()
def send_subscription_email(subscriber_id, template):
    """The confirmation link, or the note that the address already receives the newsletter."""
    subscriber = Subscriber.objects.filter(pk=subscriber_id).first()
    if subscriber is not None:
        services.send_notice(subscriber, template=template)
