"""Background work for discussions, run by the task worker (`manage.py run_worker`)."""

from django.contrib.auth import get_user_model
from django_tasks import task

from forum.emails import send_due_emails, send_thread_email
from forum.models import Notification, Post


@task()
def send_post_emails(*, post_id):
    """E-mail the people notified of a new post who want immediate e-mail and were not e-mailed in the last hour."""
    post = Post.objects.select_related("discussion").get(pk=post_id)
    recipient_ids = Notification.objects.filter(post=post).values_list("recipient_id", flat=True)
    for user in get_user_model().objects.filter(pk__in=recipient_ids).select_related("profile"):
        send_thread_email(user=user, discussion=post.discussion)


@task()
def send_forum_emails():
    """The sweep for held-back thread e-mails and digests, enqueued every ten minutes by the worker's schedule."""
    return send_due_emails()
