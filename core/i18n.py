"""The language of the page being rendered."""

from django.conf import settings
from django.utils.translation import get_language


def page_language():
    """The active language as a bare code ("bg", "en"); the site's default outside a request."""
    return (get_language() or settings.LANGUAGE_CODE).split("-")[0]
