"""Signed links in the newsletter's e-mails: confirm a subscription, unsubscribe, change language and topics.

A token names its purpose (a salt each), the subscriber and their address, so it stops working when the row is
forgotten or the address changes. A confirmation link also names the consent it confirms and expires after
`CONFIRMATION_DAYS`; unsubscribe and preference links do not expire, since old issues must keep working.
"""

from datetime import timedelta

from django.core import signing

from newsletter.models import Subscriber

SALT = "newsletter.tokens"
CONFIRM, UNSUBSCRIBE, MANAGE = "confirm", "unsubscribe", "manage"
CONFIRMATION_DAYS = 7


def make_token(subscriber, *, purpose):
    data = {"s": subscriber.pk, "e": subscriber.email}
    if purpose == CONFIRM:
        data["c"] = subscriber.consented_at.timestamp()
    return signing.dumps(data, salt=f"{SALT}.{purpose}", compress=True)


def read_token(token, *, purpose):
    """The subscriber a token was made for; raises signing.BadSignature (SignatureExpired when too old)."""
    max_age = timedelta(days=CONFIRMATION_DAYS) if purpose == CONFIRM else None
    data = signing.loads(token, salt=f"{SALT}.{purpose}", max_age=max_age)
    subscriber = Subscriber.objects.filter(pk=data.get("s"), email=data.get("e")).first()
    if subscriber is None:
        raise signing.BadSignature("No such subscriber.")
    if purpose == CONFIRM and data.get("c") != subscriber.consented_at.timestamp():
        raise signing.BadSignature("The address subscribed again since this link was sent.")
    return subscriber
