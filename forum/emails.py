"""E-mail about what people follow: immediate (batched per followed object per hour) and daily or weekly digests.

Notifications are grouped by their `target`, the followed object (a thread, a practice, an event, ...).
"""

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
from forum.models import Notification, NotificationPreference
from forum.tokens import make_unsubscribe_token

DIGEST_PERIODS = {DigestFrequency.DAILY: timedelta(days=1), DigestFrequency.WEEKLY: timedelta(days=7)}


def _frequency(user):
    preference = NotificationPreference.objects.filter(user=user).values_list("frequency", flat=True).first()
    return preference or DigestFrequency.IMMEDIATE


def _pending(user):
    return (
        Notification.objects.unread()
        .filter(recipient=user, emailed_at__isnull=True)
        .with_objects()
        .order_by("-created_at", "-pk")
    )


def _send(*, user, template_prefix, context, target=None):
    """E-mail `user` in their language, with the one-click unsubscribe link in the body and the headers."""
    language = language_of(user)
    token = make_unsubscribe_token(user=user, target=target)
    with translation.override(language):
        unsubscribe_url = absolute_url(reverse("forum:unsubscribe", kwargs={"token": token}))
    send_templated_mail(
        to=[user.email],
        template_prefix=template_prefix,
        context={**context, "user": user, "unsubscribe_url": unsubscribe_url},
        language=language,
        headers={"List-Unsubscribe": f"<{unsubscribe_url}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"},
    )


def _entry(notifications, *, language):
    """One followed object and its news: the new posts and the changes (each with its message)."""
    target = notifications[0].target
    with translation.override(language):
        url = absolute_url(target)
    return {
        "target": target,
        "url": url,
        "posts": [n.post for n in notifications if n.post_id is not None],
        "changes": [n for n in notifications if n.post_id is None],
    }


def send_followed_email(*, user, target_type_id, target_id, now=None):
    """E-mail what is new about one followed object unless an e-mail about it went out within the interval;
    True if sent."""
    now = now or timezone.now()
    if _frequency(user) != DigestFrequency.IMMEDIATE:
        return False
    about = {"target_type_id": target_type_id, "target_id": target_id}
    pending = list(_pending(user).filter(**about))
    if not pending or pending[0].target is None:
        return False
    last = Notification.objects.filter(recipient=user, **about).aggregate(last=Max("emailed_at"))["last"]
    if last and now - last < conf.email_interval():
        return False
    entry = _entry(pending, language=language_of(user))
    _send(user=user, template_prefix="forum/email/followed", context={"entry": entry}, target=entry["target"])
    Notification.objects.filter(pk__in=[n.pk for n in pending]).update(emailed_at=now)
    return True


def send_digest(*, user, now=None):
    """One e-mail grouping the unread news by followed object, the most recently active first. True if sent."""
    now = now or timezone.now()
    preference = NotificationPreference.objects.filter(user=user).first()
    if preference is None or preference.frequency not in DIGEST_PERIODS:
        return False
    if preference.last_digest_at and now - preference.last_digest_at < DIGEST_PERIODS[preference.frequency]:
        return False
    pending = [n for n in _pending(user) if n.target is not None]
    if not pending:
        return False

    def key(notification):
        return notification.target_type_id, notification.target_id

    groups = [list(group) for _key, group in groupby(sorted(pending, key=key), key=key)]
    groups.sort(key=lambda group: max(n.created_at for n in group), reverse=True)
    language = language_of(user)
    entries = [_entry(sorted(group, key=lambda n: n.created_at, reverse=True), language=language) for group in groups]
    _send(user=user, template_prefix="forum/email/digest", context={"entries": entries})
    Notification.objects.filter(pk__in=[n.pk for n in pending]).update(emailed_at=now)
    preference.last_digest_at = now
    preference.save(update_fields=["last_digest_at"])
    return True


def send_due_emails(*, now=None):
    """The periodic sweep: held-back e-mails whose hour has passed, then due digests; returns the count."""
    now = now or timezone.now()
    sent = 0
    rows = list(
        Notification.objects.unread()
        .filter(emailed_at__isnull=True)
        .values_list("recipient_id", "target_type_id", "target_id")
        .distinct()
        .order_by()
    )
    users = get_user_model().objects.select_related("profile").in_bulk({row[0] for row in rows})
    for user_id, target_type_id, target_id in rows:
        sent += send_followed_email(user=users[user_id], target_type_id=target_type_id, target_id=target_id, now=now)
    for user in users.values():
        sent += send_digest(user=user, now=now)
    return sent
