"""Sending an issue: only confirmed readers of its audience, each in their language with their topics, in batches
that a stopped worker resumes with nobody sent twice and nobody skipped, retries with back-off, and the e-mail's
headers and parts."""

import smtplib
from datetime import timedelta
from email import message_from_bytes

import pytest
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.db.models import F
from django.utils import timezone

from newsletter import sending
from newsletter.enums import Audience, DeliveryStatus, IssueStatus
from newsletter.models import Delivery
from newsletter.queries import progress
from tests.factories.newsletter import IssueBlockFactory, IssueFactory, SubscriberFactory
from tests.factories.portal import ThemeFactory

pytestmark = pytest.mark.django_db


class WorkerStopped(BaseException):
    """The worker process killed in the middle of a batch (not an error the sender may catch)."""


class FlakyBackend(EmailBackend):
    """The in-memory backend, with a script of what goes wrong: {address: [error, …]} raised in turn, and the
    worker stopping before the message numbered `stop_before` (counted over the whole test)."""

    errors = {}
    stop_before = None
    attempts = 0

    def send_messages(self, messages):
        for message in messages:
            FlakyBackend.attempts += 1
            if FlakyBackend.attempts == FlakyBackend.stop_before:
                raise WorkerStopped
            queued = FlakyBackend.errors.get(message.to[0])
            if queued:
                raise queued.pop(0)
        return super().send_messages(messages)


@pytest.fixture
def backend(settings):
    settings.EMAIL_BACKEND = "tests.test_newsletter_sending.FlakyBackend"
    settings.NEWSLETTER_BATCH_SIZE = 4
    FlakyBackend.errors, FlakyBackend.stop_before, FlakyBackend.attempts = {}, None, 0
    return FlakyBackend


def time_passes(delta):
    """The clock moves on by `delta`: every recorded moment of the deliveries moves back by as much."""
    for field in ("next_attempt_at", "claimed_at", "sent_at"):
        Delivery.objects.filter(**{f"{field}__isnull": False}).update(**{field: F(field) - delta})


def recipients():
    return sorted(message.to[0] for message in mail.outbox)


def start(issue, django_capture_on_commit_callbacks, *, run=True):
    """Start sending; with `run` the background batches run at once (the test task backend is immediate)."""
    with django_capture_on_commit_callbacks(execute=run):
        sending.start_sending(issue=issue)
    issue.refresh_from_db()
    return issue


def test_only_confirmed_subscribers_of_the_audience_receive_the_issue(backend, django_capture_on_commit_callbacks):
    reader = SubscriberFactory(email="reader@example.org", language="en")
    SubscriberFactory(email="bulgarian@example.org", language="bg")
    SubscriberFactory(email="pending@example.org", language="en", status="pending", confirmed_at=None)
    SubscriberFactory(email="gone@example.org", language="en", status="unsubscribed")
    issue = IssueFactory(audience=Audience.ENGLISH)

    issue = start(issue, django_capture_on_commit_callbacks)

    assert recipients() == ["reader@example.org"]
    assert issue.status == IssueStatus.SENT
    assert Delivery.objects.get().subscriber == reader


def test_each_reader_gets_the_blocks_of_their_topics_in_their_language(backend, django_capture_on_commit_callbacks):
    autism = ThemeFactory(name_en="Autism")
    issue = IssueFactory()
    IssueBlockFactory(issue=issue, kind="films", title_bg="Филм за аутизма", title_en="A film on autism")
    IssueBlockFactory(issue=issue, kind="practices", title_bg="Практика", title_en="A practice").themes.add(autism)
    IssueBlockFactory(issue=issue, kind="events", title_bg="Конференция", title_en="A conference", countries=["PL"])
    SubscriberFactory(email="films@example.org", language="en", content_types=["films"])
    SubscriberFactory(email="autism@example.org", language="bg", content_types=["practices"]).themes.add(autism)
    SubscriberFactory(email="italy@example.org", language="en", content_types=["events"], countries=["IT"])
    SubscriberFactory(email="all@example.org", language="bg")

    start(issue, django_capture_on_commit_callbacks)

    bodies = {message.to[0]: message.body for message in mail.outbox}
    assert sorted(bodies) == ["all@example.org", "autism@example.org", "films@example.org"]  # nothing for Italy
    assert "A film on autism" in bodies["films@example.org"]
    assert "A practice" not in bodies["films@example.org"]
    assert "Практика" in bodies["autism@example.org"] and "Филм за аутизма" not in bodies["autism@example.org"]
    assert all(title in bodies["all@example.org"] for title in ["Филм за аутизма", "Практика", "Конференция"])


def test_a_block_without_the_readers_language_is_shown_in_the_other_marked(backend, django_capture_on_commit_callbacks):
    issue = IssueFactory()
    IssueBlockFactory(issue=issue, title_bg="Само на български", title_en="", summary_en="", url_en="")
    SubscriberFactory(email="en@example.org", language="en")

    start(issue, django_capture_on_commit_callbacks)

    message = mail.outbox[0]
    assert "Само на български\nNews · Only in Bulgarian." in message.body
    html = message.alternatives[0][0]
    assert 'lang="bg"' in html and "Only in Bulgarian." in html


@pytest.mark.parametrize(
    ("language", "subject", "words"),
    [
        ("bg", "Бюлетин за май", ["Прочетете броя в браузър:", "Откажете абонамента:"]),
        ("en", "May newsletter", ["Read this issue in a browser:", "Unsubscribe:"]),
    ],
)
def test_html_and_text_parts_in_the_readers_language(
    backend, django_capture_on_commit_callbacks, language, subject, words
):
    issue = IssueFactory(subject_bg="Бюлетин за май", subject_en="May newsletter", introduction_en="**Hello** all.")
    IssueBlockFactory(issue=issue)
    SubscriberFactory(language=language)

    start(issue, django_capture_on_commit_callbacks)

    message = mail.outbox[0]
    html, mimetype = message.alternatives[0]
    assert message.subject == subject
    assert mimetype == "text/html"
    assert all(word in message.body for word in words)
    assert f'<html lang="{language}">' in html
    assert "<style" not in html  # written into the elements at send time
    assert 'style="' in html.split("<body", 1)[1]
    assert "Портал за социални иновации" in message.body or "Social innovation portal" in message.body
    if language == "en":
        assert "<strong>Hello</strong>" in html


def test_every_issue_carries_one_click_unsubscribe_headers(backend, settings, django_capture_on_commit_callbacks):
    settings.SITE_URL = "https://portal.example.bg"
    settings.NEWSLETTER_UNSUBSCRIBE_MAILTO = "unsubscribe@portal.example.bg"
    subscriber = SubscriberFactory(language="en")
    issue = IssueFactory()

    start(issue, django_capture_on_commit_callbacks)

    parsed = message_from_bytes(mail.outbox[0].message().as_bytes())
    header = " ".join(parsed["List-Unsubscribe"].split())
    https_link, mailto = [part.strip(" <>") for part in header.split(",")]
    assert https_link.startswith("https://portal.example.bg/en/newsletter/unsubscribe/")
    assert mailto == "mailto:unsubscribe@portal.example.bg?subject=unsubscribe"
    assert parsed["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert parsed["Message-ID"] == f"<newsletter-{issue.pk}-{subscriber.pk}@portal.example.bg>"
    assert https_link in mail.outbox[0].body


def test_the_header_link_unsubscribes_by_the_providers_post(backend, client, django_capture_on_commit_callbacks):
    subscriber = SubscriberFactory(language="bg")
    start(IssueFactory(), django_capture_on_commit_callbacks)
    link = mail.outbox[0].extra_headers["List-Unsubscribe"].split(",")[0].strip(" <>")

    client.post(link.removeprefix("http://127.0.0.1:8000"), "List-Unsubscribe=One-Click", content_type="text/plain")

    subscriber.refresh_from_db()
    assert subscriber.status == "unsubscribed"


def test_a_worker_stopped_within_a_batch_resumes_with_nobody_twice_and_nobody_skipped(
    backend, django_capture_on_commit_callbacks
):
    addresses = [SubscriberFactory(email=f"r{n:02}@example.org").email for n in range(10)]
    backend.stop_before = 3  # two sent, then the worker dies holding the rest of its batch
    issue = start(IssueFactory(), django_capture_on_commit_callbacks, run=False)

    with pytest.raises(WorkerStopped):
        sending.send_next_batch(issue=issue)

    assert recipients() == addresses[:2]
    statuses = list(issue.deliveries.values_list("status", flat=True))
    assert statuses == ["sent"] * 2 + ["sending"] * 2 + ["queued"] * 6

    sending.dispatch()  # at once, the claims are still fresh: another worker may be sending them
    assert recipients() == addresses[:2]

    time_passes(sending.CLAIM_LEASE + timedelta(seconds=1))
    sending.dispatch()

    assert recipients() == addresses
    issue.refresh_from_db()
    assert issue.status == IssueStatus.SENT


def test_a_worker_stopped_between_batches_resumes_with_nobody_twice(backend, django_capture_on_commit_callbacks):
    addresses = [SubscriberFactory(email=f"r{n:02}@example.org").email for n in range(10)]
    issue = start(IssueFactory(), django_capture_on_commit_callbacks, run=False)

    sending.send_next_batch(issue=issue)  # the first batch, then the worker is stopped
    assert recipients() == addresses[:4]

    sending.dispatch()

    assert recipients() == addresses
    assert progress(issue)["sent"] == 10


def test_a_temporary_error_is_retried_after_a_back_off(backend, django_capture_on_commit_callbacks):
    SubscriberFactory(email="busy@example.org")
    backend.errors = {"busy@example.org": [smtplib.SMTPResponseException(451, b"Try again later")]}

    issue = start(IssueFactory(), django_capture_on_commit_callbacks)

    delivery = Delivery.objects.get()
    assert (delivery.status, delivery.attempts) == (DeliveryStatus.QUEUED, 1)
    assert delivery.next_attempt_at > timezone.now() + timedelta(seconds=50)
    assert mail.outbox == []

    time_passes(timedelta(seconds=30))
    sending.dispatch()  # not yet
    assert mail.outbox == []
    time_passes(timedelta(seconds=31))
    sending.dispatch()

    assert recipients() == ["busy@example.org"]
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts) == (DeliveryStatus.SENT, 2)
    issue.refresh_from_db()
    assert issue.status == IssueStatus.SENT


def test_the_back_off_doubles_and_gives_up_after_the_last_attempt(
    backend, settings, django_capture_on_commit_callbacks
):
    settings.NEWSLETTER_MAX_ATTEMPTS = 3
    SubscriberFactory(email="down@example.org")
    backend.errors = {"down@example.org": [smtplib.SMTPServerDisconnected("gone")] * 3}
    issue = start(IssueFactory(), django_capture_on_commit_callbacks)
    waits = []
    delivery = Delivery.objects.get()
    while delivery.status == DeliveryStatus.QUEUED and len(waits) < 5:
        waits.append(delivery.next_attempt_at - timezone.now())
        time_passes(waits[-1] + timedelta(seconds=1))
        sending.dispatch()
        delivery.refresh_from_db()

    assert [round(wait.total_seconds() / 60) for wait in waits] == [1, 2]
    assert (delivery.status, delivery.attempts, delivery.error) == (DeliveryStatus.FAILED, 3, "gone")
    issue.refresh_from_db()
    assert issue.status == IssueStatus.SENT


def test_a_permanent_refusal_fails_at_once_with_the_reason(backend, django_capture_on_commit_callbacks):
    SubscriberFactory(email="nobody@example.org")
    SubscriberFactory(email="reader@example.org")
    backend.errors = {"nobody@example.org": [smtplib.SMTPRecipientsRefused({"nobody@example.org": (550, b"No such")})]}

    issue = start(IssueFactory(), django_capture_on_commit_callbacks)

    failed = Delivery.objects.get(subscriber__email="nobody@example.org")
    assert failed.status == DeliveryStatus.FAILED and "No such" in failed.error
    assert recipients() == ["reader@example.org"]
    assert progress(issue)["failed"] == 1


def test_a_reader_who_unsubscribes_during_sending_is_not_sent_to(backend, django_capture_on_commit_callbacks):
    from newsletter.services import unsubscribe

    leaving = SubscriberFactory(email="leaving@example.org")
    issue = start(IssueFactory(), django_capture_on_commit_callbacks, run=False)
    unsubscribe(subscriber=leaving)

    sending.send_next_batch(issue=issue)

    assert mail.outbox == []
    assert Delivery.objects.get().status == DeliveryStatus.FAILED


def test_starting_twice_queues_nobody_twice(backend, django_capture_on_commit_callbacks):
    SubscriberFactory()
    issue = IssueFactory()
    start(issue, django_capture_on_commit_callbacks, run=False)

    start(issue, django_capture_on_commit_callbacks, run=False)

    assert Delivery.objects.count() == 1


def test_a_scheduled_issue_starts_when_its_time_comes(backend, django_capture_on_commit_callbacks):
    SubscriberFactory(email="reader@example.org")
    at = timezone.now() + timedelta(hours=2)
    issue = sending.schedule_issue(issue=IssueFactory(), at=at)

    with django_capture_on_commit_callbacks(execute=True):
        sending.dispatch(now=at - timedelta(minutes=1))
    assert mail.outbox == []

    with django_capture_on_commit_callbacks(execute=True):
        sending.dispatch(now=at + timedelta(seconds=1))

    assert recipients() == ["reader@example.org"]
    issue.refresh_from_db()
    assert issue.status == IssueStatus.SENT


def test_progress_counts_and_estimates_the_time_left(backend, django_capture_on_commit_callbacks):
    for n in range(10):
        SubscriberFactory(email=f"r{n}@example.org")
    issue = start(IssueFactory(), django_capture_on_commit_callbacks, run=False)
    sending.send_next_batch(issue=issue)

    counts = progress(issue)

    assert (counts["total"], counts["sent"], counts["remaining"], counts["percent"]) == (10, 4, 6, 40)
    assert counts["seconds_left"] == 90  # 4 in the last minute: 6 more take a minute and a half
    assert counts["text"] == "4 от 10 изпратени, 0 неуспешни, 0 върнати. Остават около 2 мин."


def test_dispatch_is_on_the_periodic_schedule_every_minute():
    from core.periodic import PERIODIC
    from newsletter.tasks import dispatch_issues

    entry = PERIODIC.as_dict()["newsletter.newsletter-dispatch"]
    assert (entry.task, entry.every) == (dispatch_issues, timedelta(minutes=1))
