"""What the newsletter keeps about a person, for their data export and account deletion (see core.privacy)."""

from django.db.models import Q

from newsletter.models import Subscriber


def subscriptions_of(user):
    """The subscription made from the account, or with its address (an account's address subscribed before)."""
    match = Q(user=user)
    if user.email:
        match |= Q(email__iexact=user.email)
    return Subscriber.objects.filter(match)


def export(user):
    return {
        "subscriptions": [
            {
                "email": subscriber.email,
                "status": subscriber.status,
                "language": subscriber.language,
                "content_types": subscriber.content_types,
                "themes": [str(theme) for theme in subscriber.themes.all()],
                "countries": [str(country) for country in subscriber.countries],
                "consent_text": subscriber.consent_text,
                "consented_at": subscriber.consented_at,
                "consent_ip": subscriber.consent_ip,
                "confirmed_at": subscriber.confirmed_at,
                "unsubscribed_at": subscriber.unsubscribed_at,
            }
            for subscriber in subscriptions_of(user).prefetch_related("themes")
        ]
    }


def erase(*, user, former_member):
    """The subscription and its delivery records go with the account; nobody else relies on them."""
    subscriptions_of(user).delete()
