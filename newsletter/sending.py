"""Sending an issue in the background, in batches, resumable, never twice to one address.

`start_sending` writes one `Delivery` row per reader before anything is sent. A batch then claims up to
NEWSLETTER_BATCH_SIZE due rows (queued → being sent, an UPDATE that only one worker wins per row), sends each on one
SMTP connection and records it at once (sent, or queued again with back-off after a temporary error, or failed
with the reason). A worker stopped between batches leaves rows queued; stopped within one, it leaves its claimed
rows "being sent" until their claim is older than CLAIM_LEASE, when the next batch takes them back. So nobody is
skipped; the only message that can go twice is the one in the SMTP conversation at the moment of a crash, and it
carries the same Message-ID both times.
"""

import logging
import smtplib
import time
from datetime import timedelta

from django.conf import settings
from django.core.mail import get_connection
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core.newsletter import content_kinds
from newsletter.enums import DeliveryStatus, IssueStatus, SubscriptionStatus
from newsletter.models import Delivery, Issue
from newsletter.queries import audience, blocks_for, issue_blocks
from newsletter.rendering import IssueRenderer

logger = logging.getLogger(__name__)

CLAIM_LEASE = timedelta(minutes=10)
FIRST_RETRY = timedelta(minutes=1)
CREATE_CHUNK = 2000


class TemporaryFailure(Exception):
    """The mail server said "try later" (4xx) or could not be reached."""


def start_sending(*, issue, now=None):
    """Queue the issue for every reader of its audience who gets at least one block, then send in the background.

    Safe to call again: readers already queued are not queued twice, and a sent issue is left alone.
    """
    from newsletter.tasks import send_batch

    now = now or timezone.now()
    with transaction.atomic():
        issue = Issue.objects.select_for_update().get(pk=issue.pk)
        if issue.status not in {IssueStatus.DRAFT, IssueStatus.SCHEDULED}:
            return issue
        blocks = issue_blocks(issue)
        chunk = []
        for subscriber in audience(issue).iterator(chunk_size=CREATE_CHUNK):
            if blocks and not blocks_for(subscriber, blocks):
                continue
            chunk.append(Delivery(issue=issue, subscriber=subscriber))
            if len(chunk) == CREATE_CHUNK:
                Delivery.objects.bulk_create(chunk, ignore_conflicts=True)
                chunk = []
        Delivery.objects.bulk_create(chunk, ignore_conflicts=True)
        issue.status = IssueStatus.SENDING
        issue.started_at = now
        issue.save(update_fields=["status", "started_at", "updated_at"])
        transaction.on_commit(lambda: send_batch.enqueue(issue.pk))
    return issue


def schedule_issue(*, issue, at):
    """Send the issue at `at`; the periodic dispatch starts it when that time comes."""
    issue.scheduled_at = at
    issue.status = IssueStatus.SCHEDULED
    issue.save(update_fields=["scheduled_at", "status", "updated_at"])
    return issue


def claim_batch(issue, *, now):
    """Take back stale claims, then claim the next due rows; returns the claimed rows with what sending needs."""
    issue.deliveries.filter(status=DeliveryStatus.SENDING, claimed_at__lt=now - CLAIM_LEASE).update(
        status=DeliveryStatus.QUEUED
    )
    due = issue.deliveries.filter(status=DeliveryStatus.QUEUED).exclude(next_attempt_at__gt=now)
    ids = list(due.order_by("pk").values_list("pk", flat=True)[: settings.NEWSLETTER_BATCH_SIZE])
    Delivery.objects.filter(pk__in=ids, status=DeliveryStatus.QUEUED).update(
        status=DeliveryStatus.SENDING, claimed_at=now
    )
    return list(
        Delivery.objects.filter(pk__in=ids, status=DeliveryStatus.SENDING, claimed_at=now)
        .select_related("subscriber")
        .prefetch_related("subscriber__themes")
        .order_by("pk")
    )


def classify(error):
    """TemporaryFailure for what may work later; the error itself for what will not."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _message in error.recipients.values()]
        return TemporaryFailure(str(error)) if codes and all(400 <= code < 500 for code in codes) else error
    if isinstance(error, smtplib.SMTPResponseException):
        return TemporaryFailure(str(error)) if 400 <= error.smtp_code < 500 else error
    if isinstance(error, (smtplib.SMTPServerDisconnected, smtplib.SMTPConnectError, OSError)):
        return TemporaryFailure(str(error))
    return error


def record(delivery, *, now, error=None):
    """Write the outcome of one attempt: sent, queued again after a back-off, or failed with the reason."""
    delivery.attempts += 1
    if error is None:
        delivery.status, delivery.sent_at, delivery.error = DeliveryStatus.SENT, now, ""
    elif isinstance(error, TemporaryFailure) and delivery.attempts < settings.NEWSLETTER_MAX_ATTEMPTS:
        delivery.status = DeliveryStatus.QUEUED
        delivery.next_attempt_at = now + FIRST_RETRY * 2 ** (delivery.attempts - 1)
        delivery.error = str(error)[:300]
    else:
        delivery.status, delivery.error = DeliveryStatus.FAILED, str(error)[:300]
    delivery.save(update_fields=["status", "attempts", "next_attempt_at", "sent_at", "error"])


class Pacer:
    """Keeps sending under NEWSLETTER_RATE_PER_SECOND (0: no limit) by sleeping between messages."""

    def __init__(self):
        self.interval = 1 / settings.NEWSLETTER_RATE_PER_SECOND if settings.NEWSLETTER_RATE_PER_SECOND else 0
        self.next_at = time.monotonic()

    def wait(self):
        if self.interval:
            delay = self.next_at - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            self.next_at = max(self.next_at, time.monotonic()) + self.interval


def send_next_batch(*, issue, now=None):
    """Send one batch of the issue; returns how many rows it claimed (0: nothing was due)."""
    claimed = claim_batch(issue, now=now or timezone.now())
    if not claimed:
        finish_if_done(issue)
        return 0
    blocks = issue_blocks(issue)
    renderer = IssueRenderer(issue, kind_labels=dict(content_kinds()))
    pacer = Pacer()
    with get_connection() as connection:
        for delivery in claimed:
            subscriber = delivery.subscriber
            if subscriber.status != SubscriptionStatus.CONFIRMED:
                record(delivery, now=timezone.now(), error=_("Unsubscribed before it was sent."))
                continue
            message = renderer.message(subscriber, blocks=blocks_for(subscriber, blocks), connection=connection)
            pacer.wait()
            try:
                message.send()
            except Exception as error:
                outcome = classify(error)
                if not isinstance(outcome, (TemporaryFailure, smtplib.SMTPException)):
                    raise
                logger.warning("Newsletter %s to subscriber %s: %s", issue.pk, subscriber.pk, error)
                record(delivery, now=timezone.now(), error=outcome)
                if isinstance(outcome, TemporaryFailure):
                    connection.close()
                continue
            record(delivery, now=timezone.now())
    finish_if_done(issue)
    return len(claimed)


def has_due_work(issue, *, now=None):
    """Rows ready to send now (queued and due, or claimed by a worker that has gone) and no worker on them.

    A worker is on the issue while one of its rows is "being sent" under a fresh claim; between two batches of
    one chain there is a gap of a moment, in which a second chain may start: it claims other rows, so it only
    sends faster, never twice.
    """
    now = now or timezone.now()
    if issue.deliveries.filter(status=DeliveryStatus.SENDING, claimed_at__gte=now - CLAIM_LEASE).exists():
        return False
    queued = issue.deliveries.filter(status=DeliveryStatus.QUEUED).exclude(next_attempt_at__gt=now)
    stale = issue.deliveries.filter(status=DeliveryStatus.SENDING, claimed_at__lt=now - CLAIM_LEASE)
    return queued.exists() or stale.exists()


def finish_if_done(issue):
    """Mark the issue sent when no row is queued or being sent."""
    open_rows = issue.deliveries.filter(status__in=[DeliveryStatus.QUEUED, DeliveryStatus.SENDING])
    if issue.status == IssueStatus.SENDING and not open_rows.exists():
        Issue.objects.filter(pk=issue.pk, status=IssueStatus.SENDING).update(
            status=IssueStatus.SENT, sent_at=timezone.now()
        )
        issue.refresh_from_db(fields=["status", "sent_at"])


def dispatch(*, now=None):
    """The periodic sweep: start scheduled issues whose time has come, resume sending that stopped."""
    from newsletter.tasks import send_batch

    now = now or timezone.now()
    for issue in Issue.objects.filter(status=IssueStatus.SCHEDULED, scheduled_at__lte=now):
        start_sending(issue=issue, now=now)
    for issue in Issue.objects.filter(status=IssueStatus.SENDING):
        if has_due_work(issue, now=now):
            send_batch.enqueue(issue.pk)
        else:
            finish_if_done(issue)


def mark_bounced(*, deliveries):
    """Record bounces reported for sent messages (a bounce comes back after the send); returns how many."""
    return deliveries.filter(status=DeliveryStatus.SENT).update(status=DeliveryStatus.BOUNCED)
