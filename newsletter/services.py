"""Subscribing, confirming, unsubscribing and changing preferences; every write to a subscriber goes through here."""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from core.emails import send_templated_mail
from newsletter import tasks, tokens
from newsletter.enums import SubscriptionStatus
from newsletter.links import subscriber_links
from newsletter.models import Subscriber

UNCONFIRMED_KEPT = timedelta(days=30)


def normalise_email(email):
    """Addresses are kept lower-case, so one mailbox is one subscriber."""
    return email.strip().lower()


def set_topics(subscriber, *, themes, countries, content_types):
    subscriber.countries = list(countries)
    subscriber.content_types = list(content_types)
    subscriber.save()
    subscriber.themes.set(themes)


@transaction.atomic
def subscribe(*, email, language, consent_text, ip, themes=(), countries=(), content_types=()):
    """Start (or restart) the double opt-in for `email`; returns the subscriber.

    A new, waiting or unsubscribed address records this consent and gets a confirmation link. A confirmed one is
    told it already receives the newsletter, with its preferences link, and stays as it was: the page says the same
    in every case, so it never reveals who is subscribed.
    """
    email = normalise_email(email)
    subscriber = Subscriber.objects.select_for_update().filter(email=email).first()
    if subscriber is not None and subscriber.status == SubscriptionStatus.CONFIRMED:
        transaction.on_commit(lambda: tasks.send_subscription_email.enqueue(subscriber.pk, "already_subscribed"))
        return subscriber
    subscriber = subscriber or Subscriber(email=email)
    subscriber.language = language
    subscriber.status = SubscriptionStatus.PENDING
    subscriber.consent_text = str(consent_text)
    subscriber.consented_at = timezone.now()
    subscriber.consent_ip = ip
    subscriber.confirmed_at = None
    set_topics(subscriber, themes=themes, countries=countries, content_types=content_types)
    transaction.on_commit(lambda: tasks.send_subscription_email.enqueue(subscriber.pk, "confirm"))
    return subscriber


def send_notice(subscriber, *, template):
    """One of the subscription's own e-mails (confirm, already_subscribed), in the subscriber's language."""
    links = subscriber_links(subscriber, language=subscriber.language)
    send_templated_mail(
        to=[subscriber.email],
        template_prefix=f"newsletter/email/{template}",
        context={"subscriber": subscriber, "confirm_days": tokens.CONFIRMATION_DAYS, **links},
        language=subscriber.language,
    )


@transaction.atomic
def subscribe_user(*, user, language, consent_text, ip):
    """One click for a signed-in user with a verified address: confirmed at once, since the account proved it."""
    email = normalise_email(user.email)
    subscriber = Subscriber.objects.select_for_update().filter(email=email).first()
    if subscriber is not None and subscriber.status == SubscriptionStatus.CONFIRMED:
        return subscriber
    now = timezone.now()
    subscriber = subscriber or Subscriber(email=email, language=language)
    subscriber.user = user
    subscriber.status = SubscriptionStatus.CONFIRMED
    subscriber.consent_text = str(consent_text)
    subscriber.consented_at = subscriber.confirmed_at = now
    subscriber.consent_ip = ip
    subscriber.unsubscribed_at = None
    subscriber.save()
    return subscriber


def confirm_subscription(*, subscriber):
    """The confirmation link was opened: the address is proved. Opening it again changes nothing."""
    if subscriber.status == SubscriptionStatus.PENDING:
        subscriber.status = SubscriptionStatus.CONFIRMED
        subscriber.confirmed_at = timezone.now()
        subscriber.unsubscribed_at = None
        subscriber.save(update_fields=["status", "confirmed_at", "unsubscribed_at", "updated_at"])
    return subscriber


def unsubscribe(*, subscriber):
    """Stop sending to `subscriber` at once, issues being sent included; the row stays to record it."""
    if subscriber.status != SubscriptionStatus.UNSUBSCRIBED:
        subscriber.status = SubscriptionStatus.UNSUBSCRIBED
        subscriber.unsubscribed_at = timezone.now()
        subscriber.save(update_fields=["status", "unsubscribed_at", "updated_at"])
    return subscriber


@transaction.atomic
def update_preferences(*, subscriber, language, themes, countries, content_types):
    subscriber.language = language
    set_topics(subscriber, themes=themes, countries=countries, content_types=content_types)
    return subscriber


def forget_unconfirmed(*, now=None):
    """Delete the addresses not confirmed within `UNCONFIRMED_KEPT` of subscribing; returns how many went."""
    cutoff = (now or timezone.now()) - UNCONFIRMED_KEPT
    _total, by_model = Subscriber.objects.filter(status=SubscriptionStatus.PENDING, consented_at__lt=cutoff).delete()
    return by_model.get(Subscriber._meta.label, 0)
