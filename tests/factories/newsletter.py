import factory
from django.utils import timezone

from newsletter.enums import IssueStatus, SubscriptionStatus
from newsletter.models import Issue, IssueBlock, Subscriber


class SubscriberFactory(factory.django.DjangoModelFactory):
    """A confirmed subscriber reading in Bulgarian, with no topics (so everything)."""

    class Meta:
        model = Subscriber

    email = factory.Sequence(lambda n: f"reader{n}@example.org")
    language = "bg"
    status = SubscriptionStatus.CONFIRMED
    consent_text = "Consent as shown."
    consented_at = factory.LazyFunction(timezone.now)
    consent_ip = "192.0.2.10"
    confirmed_at = factory.LazyFunction(timezone.now)


class IssueFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Issue

    subject_bg = factory.Sequence(lambda n: f"Бюлетин {n}")
    subject_en = factory.Sequence(lambda n: f"Newsletter {n}")
    introduction_bg = "Добре дошли в броя."
    introduction_en = "Welcome to this issue."
    status = IssueStatus.DRAFT


class SentIssueFactory(IssueFactory):
    status = IssueStatus.SENT
    started_at = factory.LazyFunction(timezone.now)
    sent_at = factory.LazyFunction(timezone.now)


class IssueBlockFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = IssueBlock

    issue = factory.SubFactory(IssueFactory)
    kind = "news"
    title_bg = factory.Sequence(lambda n: f"Новина {n}")
    title_en = factory.Sequence(lambda n: f"News item {n}")
    summary_bg = "Кратко резюме."
    summary_en = "A short summary."
    url_bg = "/bg/news/item/"
    url_en = "/en/news/item/"
