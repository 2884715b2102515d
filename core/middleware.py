"""Request middleware of the ground floor."""

import functools

from csp.constants import HEADER, HEADER_REPORT_ONLY
from csp.middleware import CheckableLazyObject, CSPMiddleware
from csp.utils import build_policy
from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.http import QueryDict


class StripNulCharactersMiddleware:
    """Take NUL characters out of the query string before any view, filter form or search reads it.

    A NUL has no meaning in a filter, a search or a page number, and PostgreSQL refuses any string that holds one
    ("A string literal cannot contain NUL characters"), which turned `?q=a%00b` into a 500. Removing it here is the
    one place every GET parameter passes, so `?q=a%00b` searches for "ab" on every database.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        query_string = request.META.get("QUERY_STRING", "")
        if "%00" in query_string or "\x00" in query_string:
            request.GET = strip_nul(request.GET)
        return self.get_response(request)


def strip_nul(query):
    """A copy of the QueryDict `query` with NUL characters removed from every name and value."""
    cleaned = QueryDict(mutable=True, encoding=query.encoding)
    for name, values in query.lists():
        cleaned.setlist(name.replace("\x00", ""), [value.replace("\x00", "") for value in values])
    cleaned._mutable = False
    return cleaned


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the policy built once per worker.

    django-csp builds both headers from the settings for every response, which was 4% of a remembered page's time.
    A response whose request made no nonce and whose view set no policy of its own (every response today) gets the
    policies built from the settings once; any other goes through django-csp as it is.
    """

    def process_response(self, request, response):
        policies = settings_policies()
        if (
            policies is None
            or getattr(request, "_csp_nonce", None) is not None
            or any(hasattr(response, name) for name in RESPONSE_POLICY_ATTRIBUTES)
            or (settings.DEBUG and response.status_code in {404, 500})  # django-csp leaves Django's debug pages be
        ):
            return super().process_response(request, response)
        for header, policy in policies:
            if policy and header not in response:
                response[header] = policy
        # As django-csp does: a nonce asked for after the header is written would not be in it.
        request.csp_nonce = CheckableLazyObject(self._csp_nonce_post_response)
        return response


# What django-csp's decorators set on a response to change its policy, or to send none.
RESPONSE_POLICY_ATTRIBUTES = [
    f"_csp_{kind}{mode}" for kind in ("config", "update", "replace", "exempt") for mode in ("", "_ro")
]


@functools.cache
def settings_policies():
    """(header, policy) for the enforced and the report-only policy the settings give (an empty policy: no header),
    or None when a policy excludes addresses (then django-csp decides for each response)."""
    if any(
        (getattr(settings, name, None) or {}).get("EXCLUDE_URL_PREFIXES")
        for name in ("CONTENT_SECURITY_POLICY", "CONTENT_SECURITY_POLICY_REPORT_ONLY")
    ):
        return None
    return [(HEADER, build_policy()), (HEADER_REPORT_ONLY, build_policy(report_only=True))]


@receiver(setting_changed)
def forget_policies(setting, **kwargs):
    if setting.startswith("CONTENT_SECURITY_POLICY"):
        settings_policies.cache_clear()
