"""Background work for discussions and follows, run by the task worker (`manage.py run_worker`)."""

from django.contrib.auth import get_user_model
from django_tasks import task

from forum.emails import send_due_emails, send_followed_email


@task()
def send_notification_emails(*, target_type_id, target_id, recipient_ids):
    """E-mail the people just notified about a followed object who want immediate e-mail and were not e-mailed
    about it in the last hour."""
    for user in get_user_model().objects.filter(pk__in=recipient_ids).select_related("profile"):
        send_followed_email(user=user, target_type_id=target_type_id, target_id=target_id)


@task()
def send_forum_emails():
    """The sweep for held-back e-mails and digests, enqueued every ten minutes by the worker's schedule."""
    return send_due_emails()
