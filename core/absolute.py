"""Absolute addresses for places outside a page: e-mails, feeds, calendars, exports, JSON-LD, canonical links."""

from urllib.parse import urlsplit

from django.conf import settings


def absolute_url(path_or_obj):
    """The full address of a path ("/bg/practices/x/"), of an object with `get_absolute_url()`, or of a file.

    Built from settings.SITE_URL, never from the request's Host header, so every export and e-mail names the
    same site. An address that is already absolute (media on object storage) is returned unchanged.
    """
    if hasattr(path_or_obj, "get_absolute_url"):
        path = path_or_obj.get_absolute_url()
    elif hasattr(path_or_obj, "url"):  # an uploaded file (FieldFile)
        path = path_or_obj.url
    else:
        path = str(path_or_obj)
    if path.startswith(("http://", "https://")):
        return path
    return settings.SITE_URL + path


def site_host():
    """The site's host name ("portal.example.org"), for identifiers such as iCalendar UIDs."""
    return urlsplit(settings.SITE_URL).hostname or "localhost"
