"""The site's name and its row in the Sites framework, which allauth and Django's feeds read.

The row is written from settings on every `migrate` (a post_migrate receiver), so it follows SITE_URL and
SITE_NAME instead of staying "example.com". Addresses themselves come from `core.absolute`, never from the row.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.utils import translation


def site_name(language=None):
    """The site's name in `language` (the active language when not given)."""
    if language is None:
        return str(settings.SITE_NAME)
    with translation.override(language):
        return str(settings.SITE_NAME)


def sync_site(*, using="default", apps=None, **kwargs):
    """Write SITE_URL's host and the site's name (in the default language) into the Sites framework's row.

    Connected to post_migrate: it runs after every `migrate`, so a changed SITE_URL or PORT reaches the row.
    """
    if apps is None:
        from django.apps import apps as global_apps

        apps = global_apps
    try:
        Site = apps.get_model("sites", "Site")
    except LookupError:  # the sites app is not migrated (yet)
        return
    domain = urlsplit(settings.SITE_URL).netloc or "localhost"
    Site.objects.using(using).update_or_create(
        pk=settings.SITE_ID, defaults={"domain": domain, "name": site_name(settings.LANGUAGE_CODE)[:50]}
    )
    from django.contrib.sites.models import SITE_CACHE

    SITE_CACHE.clear()
