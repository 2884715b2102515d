"""The read-only JSON API under /api/v1/: the open datasets (core.opendata) page by page and row by row, and the
OpenAPI document describing them (core.openapi).

Public rows only, whoever asks: the datasets read nothing else, and no view looks at the signed-in user. Every
answer carries an ETag (If-None-Match -> 304), the licence in a Link header, and CORS headers that let any site
read it; only GET, HEAD and OPTIONS are answered. Errors are RFC 9457 problem documents.
"""

from functools import wraps
from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import Paginator
from django.http import HttpResponse, JsonResponse
from django.urls import reverse
from django.utils import translation
from django.utils.cache import get_conditional_response, patch_cache_control, set_response_etag
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt

from core.absolute import absolute_url
from core.openapi import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, PROBLEM_TYPE, openapi_document
from core.opendata import DATASETS, find_dataset
from core.sites import site_name
from core.throttle import throttled
from portal.views.opendata import codebook_url, licence, link_header

ALLOWED_METHODS = "GET, HEAD, OPTIONS"
# Answers may be kept a few minutes by browsers and proxies; the ETag makes checking again cheap.
MAX_AGE = 300
CORS_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Expose-Headers": "ETag, Link, Retry-After",
}
PREFLIGHT_HEADERS = {
    "Access-Control-Allow-Methods": ALLOWED_METHODS,
    "Access-Control-Allow-Headers": "Accept, If-None-Match",
    "Access-Control-Max-Age": "86400",
}


class ApiError(Exception):
    def __init__(self, status, title, detail=""):
        super().__init__(title)
        self.status, self.title, self.detail = status, title, detail


def problem(status, title, detail=""):
    body = {"type": "about:blank", "title": str(title), "status": status}
    if detail:
        body["detail"] = str(detail)
    return JsonResponse(body, status=status, content_type=PROBLEM_TYPE, json_dumps_params={"ensure_ascii": False})


def too_many_requests(request, wait):
    return with_cors(problem(429, _("Too many requests"), _("Try again in %(seconds)d seconds.") % {"seconds": wait}))


def with_cors(response):
    for name, value in CORS_HEADERS.items():
        response[name] = value
    return response


def language_of(request):
    language = request.GET.get("lang") or settings.LANGUAGE_CODE
    if language not in dict(settings.LANGUAGES):
        raise ApiError(400, _("Unknown language"), _("lang is bg or en."))
    return language


def api_view(view):
    """What every API answer shares: methods, CORS, language, throttling, errors as problems, ETag and 304."""

    @csrf_exempt
    @throttled("api", refusal=too_many_requests)
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if request.method == "OPTIONS":
            response = HttpResponse(status=204)
            response["Allow"] = ALLOWED_METHODS
            for name, value in PREFLIGHT_HEADERS.items():
                response[name] = value
            return with_cors(response)
        if request.method not in ("GET", "HEAD"):
            response = problem(405, _("Method not allowed"), _("This API only reads."))
            response["Allow"] = ALLOWED_METHODS
            return with_cors(response)
        try:
            with translation.override(language_of(request)):
                request.licence = licence()  # read once: the payloads and the Link header name it
                payload, links = view(request, *args, **kwargs)
        except ApiError as error:
            return with_cors(problem(error.status, error.title, error.detail))
        response = JsonResponse(payload, json_dumps_params={"ensure_ascii": False})
        response["Link"] = link_header([(request.licence["url"], "license"), *links])
        patch_cache_control(response, public=True, max_age=MAX_AGE)
        set_response_etag(response)
        return with_cors(get_conditional_response(request, etag=response["ETag"], response=response))

    return wrapped


def dataset_or_error(name):
    dataset = find_dataset(name)
    if dataset is None:
        raise ApiError(404, _("Not found"), _("No dataset is called %(name)s.") % {"name": name})
    return dataset


def positive_number(request, name, default, maximum=None):
    value = request.GET.get(name)
    if value is None:
        return default
    if not value.isascii() or not value.isdigit() or int(value) < 1 or (maximum and int(value) > maximum):
        limits = f"1–{maximum}" if maximum else "≥ 1"
        raise ApiError(
            400,
            _("Bad parameter"),
            _("%(name)s must be a whole number, %(limits)s.") % {"name": name, "limits": limits},
        )
    return int(value)


def page_address(request, number):
    query = request.GET.copy()
    query["page"] = number
    return absolute_url(f"{request.path}?{urlencode(sorted(query.lists()), doseq=True)}")


@api_view
def index(request):
    """What the API offers: each dataset with its address and codebook, the licence and the OpenAPI document."""
    datasets = [
        {
            "name": dataset.name,
            "title": str(dataset.title),
            "description": str(dataset.description),
            "url": absolute_url(reverse("api-list", kwargs={"dataset": dataset.name})),
            "codebook": codebook_url(dataset),
        }
        for dataset in DATASETS
    ]
    openapi = absolute_url(reverse("api-openapi"))
    return {"openapi": openapi, "licence": request.licence, "datasets": datasets}, [(openapi, "service-desc")]


@api_view
def openapi(request):
    """The OpenAPI 3.1 document, generated from the registered datasets."""
    document = openapi_document(
        DATASETS,
        title=_("%(site)s: open data API") % {"site": site_name(translation.get_language())},
        description=_(
            "Read-only access to the portal's public lists. Every list also downloads as CSV and JSON from its page."
        ),
        licence=request.licence,
        server_url=absolute_url(reverse("api-index")).rstrip("/"),
    )
    return document, []


@api_view
def dataset_list(request, dataset):
    """One page of a dataset's rows, narrowed by the list page's filters."""
    dataset = dataset_or_error(dataset)
    number = positive_number(request, "page", 1)
    size = positive_number(request, "page_size", DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE)
    _form, rows = dataset.filtered(request.GET)
    paginator = Paginator(rows, size)
    if number > paginator.num_pages:
        raise ApiError(404, _("Not found"), _("The list has %(pages)d pages.") % {"pages": paginator.num_pages})
    page = paginator.page(number)
    following = page_address(request, number + 1) if page.has_next() else None
    preceding = page_address(request, number - 1) if page.has_previous() else None
    links = [(codebook_url(dataset), "describedby")]
    links += [(address, relation) for address, relation in ((following, "next"), (preceding, "prev")) if address]
    payload = {
        "count": paginator.count,
        "page": number,
        "pages": paginator.num_pages,
        "next": following,
        "previous": preceding,
        "licence": request.licence,
        "results": [dataset.row(obj) for obj in page.object_list],
    }
    return payload, links


@api_view
def dataset_detail(request, dataset, key):
    """One public row of a dataset, by its key (a slug, or a number for sessions)."""
    dataset = dataset_or_error(dataset)
    found = dataset.find(key)
    if found is None:
        raise ApiError(404, _("Not found"), _("Nothing public has that identifier."))
    return {"licence": request.licence, "result": dataset.row(found)}, [(codebook_url(dataset), "describedby")]


@api_view
def not_found(request, rest):
    """Anything else under /api/v1/: a problem document, not the site's HTML page."""
    raise ApiError(404, _("Not found"), _("See the OpenAPI document for the addresses the API answers."))
