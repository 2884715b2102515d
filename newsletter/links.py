"""The full addresses of a subscriber's signed links, in the language of the e-mail they go in."""

from django.urls import reverse
from django.utils import translation

from core.absolute import absolute_url
from newsletter import tokens


def signed_url(name, subscriber, *, purpose, language):
    with translation.override(language):
        return absolute_url(reverse(name, kwargs={"token": tokens.make_token(subscriber, purpose=purpose)}))


def subscriber_links(subscriber, *, language):
    """confirm_url, unsubscribe_url and manage_url for `subscriber`, on pages in `language`."""
    return {
        "confirm_url": signed_url("newsletter:confirm", subscriber, purpose=tokens.CONFIRM, language=language),
        "unsubscribe_url": signed_url(
            "newsletter:unsubscribe", subscriber, purpose=tokens.UNSUBSCRIBE, language=language
        ),
        "manage_url": signed_url("newsletter:manage", subscriber, purpose=tokens.MANAGE, language=language),
    }
