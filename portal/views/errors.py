"""Error pages that need nothing but the code: a 503 while the database is away, a 500 for everything else.

Django calls `server_error` (handler500) for any exception no view handled, in views and in middleware alike, so
this is the one place a database outage becomes a page. The pages are rendered without a request, so no context
processor (site settings, navigation) touches the database; the language comes from the address.
"""

import logging
import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

logger = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = 30
DATABASE_UNAVAILABLE = (OperationalError, InterfaceError)


def _language(request):
    prefix = request.path.lstrip("/").split("/", 1)[0]
    codes = {code for code, _name in settings.LANGUAGES}
    return prefix if prefix in codes else settings.LANGUAGE_CODE


def _is_database_outage(error):
    seen = set()
    while error is not None and id(error) not in seen:
        if isinstance(error, DATABASE_UNAVAILABLE):
            return True
        seen.add(id(error))
        error = error.__cause__ or error.__context__
    return False


def _page(template_name, *, language, status, fallback):
    try:
        with translation.override(language):
            content = render_to_string(template_name, {"home_url": reverse("portal:home")})
    except Exception:  # noqa: BLE001 - an error page must be served whatever broke
        logger.exception("The %s page could not be rendered", status)
        content = fallback
    return HttpResponse(content, status=status, content_type="text/html; charset=utf-8")


def server_error(request):
    """503 with Retry-After when the database cannot be reached, the site's 500 page for any other error."""
    language = _language(request)
    if _is_database_outage(sys.exception()):
        response = _page("503.html", language=language, status=503, fallback="<h1>Service Unavailable</h1>")
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response
    return _page("500.html", language=language, status=500, fallback="<h1>Server Error (500)</h1>")
