"""E-mail about followed discussions: immediate (batched per thread per hour) and daily or weekly digests."""

from datetime import timedelta
from itertools import groupby

from django.contrib.auth import get_user_model
from django.db.models import Max
from django.urls import reverse
from django.utils import timezone, translation

from core.absolute import absolute_url
from core.emails import send_templated_mail
from directory.models.profiles import language_of
from forum import conf
from forum.enums import DigestFrequency
from forum.models import Discussion, Notification, NotificationPreference
from forum.tokens import make_unsubscribe_token

DIGEST_PERIODS = {DigestFrequency.DAILY: timedelta(days=1), DigestFrequency.WEEKLY: timedelta(days=7)}


def _frequency(user):
    preference = NotificationPreference.objects.filter(user=user).values_list("frequency", flat=True).first()
    return preference or DigestFrequency.IMMEDIATE


def _pending(user):
    return (
        Notification.objects.unread()
        .filter(recipient=user, emailed_at__isnull=True)
        .select_related("post__author__profile", "discussion")
        .order_by("-created_at", "-pk")
    )


def _send(*, user, template_prefix, context, discussion=None):
    """E-mail `user` in their language, with the one-click unsubscribe link in the body and the headers."""
    language = language_of(user)
    token = make_unsubscribe_token(user=user, discussion=discussion)
    with translation.override(language):
        unsubscribe_url = absolute_url(reverse("forum:unsubscribe", kwargs={"token": token}))
    send_templated_mail(
        to=[user.email],
        template_prefix=template_prefix,
        context={**context, "user": user, "unsubscribe_url": unsubscribe_url},
        language=language,
        headers={"List-Unsubscribe": f"<{unsubscribe_url}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
    )


def _thread_entry(discussion, notifications, *, language):
    with translation.override(language):
        url = absolute_url(discussion)
    return {"discussion": discussion, "url": url, "posts": [n.post for n in notifications]}


def send_thread_email(*, user, discussion, now=None):
    """E-mail the new posts in `discussion` unless an e-mail about it went out within the interval; True if sent."""
    now = now or timezone.now()
    if _frequency(user) != DigestFrequency.IMMEDIATE:
        return False
    pending = list(_pending(user).filter(discussion=discussion))
    if not pending:
        return False
    last = Notification.objects.filter(recipient=user, discussion=discussion).aggregate(last=Max("emailed_at"))["last"]
    if last and now - last < conf.email_interval():
        return False
    _send(
        user=user,
        template_prefix="forum/email/thread",
        context={"thread": _thread_entry(discussion, pending, language=language_of(user))},
        discussion=discussion,
    )
    Notification.objects.filter(pk__in=[n.pk for n in pending]).update(emailed_at=now)
    return True


def send_digest(*, user, now=None):
    """One e-mail grouping the unread posts by thread, the most recently active thread first. Returns True if sent."""
    now = now or timezone.now()
    preference = NotificationPreference.objects.filter(user=user).first()
    if preference is None or preference.frequency not in DIGEST_PERIODS:
        return False
    if preference.last_digest_at and now - preference.last_digest_at < DIGEST_PERIODS[preference.frequency]:
        return False
    pending = list(_pending(user))
    if not pending:
        return False
    by_thread = {}
    for discussion_id, group in groupby(sorted(pending, key=lambda n: n.discussion_id), key=lambda n: n.discussion_id):
        by_thread[discussion_id] = list(group)
    threads = sorted(by_thread.values(), key=lambda group: max(n.created_at for n in group), reverse=True)
    language = language_of(user)
    entries = [
        _thread_entry(group[0].discussion, sorted(group, key=lambda n: n.created_at, reverse=True), language=language)
        for group in threads
    ]
    _send(user=user, template_prefix="forum/email/digest", context={"threads": entries})
    Notification.objects.filter(pk__in=[n.pk for n in pending]).update(emailed_at=now)
    preference.last_digest_at = now
    preference.save(update_fields=["last_digest_at"])
    return True


def send_due_emails(*, now=None):
    """The periodic sweep: held-back thread e-mails whose hour has passed, then due digests; returns the count."""
    now = now or timezone.now()
    sent = 0
    pairs = list(
        Notification.objects.unread()
        .filter(emailed_at__isnull=True)
        .values_list("recipient_id", "discussion_id")
        .distinct()
        .order_by()
    )
    users = get_user_model().objects.select_related("profile").in_bulk({user_id for user_id, _ in pairs})
    discussions = Discussion.objects.in_bulk({discussion_id for _, discussion_id in pairs})
    for user_id, discussion_id in pairs:
        sent += send_thread_email(user=users[user_id], discussion=discussions[discussion_id], now=now)
    for user in users.values():
        sent += send_digest(user=user, now=now)
    return sent
