"""Demo newsletter: confirmed subscribers in both languages and one sent issue in the archive, built from the seeds'
news (the blocks are filled the way a moderator fills them, from what the news demo published).

Safe to run again: subscribers are matched by address and the issue by its Bulgarian subject.
"""

from datetime import timedelta

from django.db.models import Max
from django.utils import timezone

from news.models import NewsPost
from newsletter.composing import fill_blocks
from newsletter.enums import DeliveryStatus, IssueStatus, SubscriptionStatus
from newsletter.models import Delivery, Issue, Subscriber

APP_LABEL = "newsletter"
LOADS_AFTER = ("news",)

CONSENT = "Demo subscriber: consent recorded by the demo loader, not by a person."
SUBSCRIBERS = [
    {"email": "maria.petrova@example.org", "language": "bg", "content_types": []},
    {"email": "georgi.ivanov@example.org", "language": "bg", "content_types": ["practices", "events"]},
    {"email": "fiona.mackay@example.org", "language": "en", "content_types": []},
    {"email": "giulia.rossi@example.org", "language": "en", "content_types": ["news", "films"]},
]
ISSUE = {
    "subject_bg": "Бюлетин: обменът на социални иновации между Шотландия и България",
    "subject_en": "Newsletter: exchanging social innovations between Scotland and Bulgaria",
    "introduction_bg": (
        "Проектът за обмен на практики в социалното включване приключи. В този брой: какво научихме от "
        "шотландските партньори, семинарът в Благоевград и обучението в Слънчев бряг."
    ),
    "introduction_en": (
        "The project on exchanging social inclusion practices has ended. In this issue: what we learnt from our "
        "Scottish partners, the seminar in Blagoevgrad and the training in Sunny Beach."
    ),
}


def load(*, stdout):
    now = timezone.now()
    subscribers = []
    for data in SUBSCRIBERS:
        subscriber, _created = Subscriber.objects.get_or_create(
            email=data["email"],
            defaults={
                **data,
                "status": SubscriptionStatus.CONFIRMED,
                "consent_text": CONSENT,
                "consented_at": now,
                "confirmed_at": now,
            },
        )
        subscribers.append(subscriber)
    issue = Issue.objects.filter(subject_bg=ISSUE["subject_bg"]).first()
    if issue is None:
        latest_news = NewsPost.objects.published().aggregate(latest=Max("published_at"))["latest"] or now
        sent_at = latest_news + timedelta(days=1)
        issue = Issue.objects.create(**ISSUE, status=IssueStatus.DRAFT)
        fill_blocks(issue=issue)
        Issue.objects.filter(pk=issue.pk).update(status=IssueStatus.SENT, started_at=sent_at, sent_at=sent_at)
        Delivery.objects.bulk_create(
            Delivery(issue=issue, subscriber=subscriber, status=DeliveryStatus.SENT, attempts=1, sent_at=sent_at)
            for subscriber in subscribers
        )
    stdout.write(f"Newsletter: {len(SUBSCRIBERS)} subscribers, 1 sent issue with {issue.blocks.count()} blocks.")
