"""Uploads served with byte ranges, as the web server serves them in production (browsers seek only in media
served so; the live server's own media handler sends whole files). A test using it sets
`settings.ROOT_URLCONF = "tests.browser.media"` and `settings.MEDIA_URL = MEDIA_URL`."""

from django.conf import settings
from django.urls import re_path

from films.media import serve_with_ranges
from portal.urls import urlpatterns as site_urlpatterns


def ranged_media(request, path):
    """Uploads of the current test (each test has its own MEDIA_ROOT)."""
    return serve_with_ranges(request, path, document_root=settings.MEDIA_ROOT)


MEDIA_URL = "/ranged-media/"
urlpatterns = [re_path(r"^ranged-media/(?P<path>.*)$", ranged_media), *site_urlpatterns]
