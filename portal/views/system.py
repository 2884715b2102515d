"""Language-neutral endpoints for machines: the sitemap, robots.txt, the health check and readiness."""

from django.conf import settings
from django.contrib.sitemaps.views import sitemap
from django.db import DatabaseError, connection
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.templatetags.static import static
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_GET

from core.absolute import absolute_url
from core.cache import cache_status
from core.sitemaps import SITEMAPS


def sitemap_xml(request):
    """Every public page of every app, once per language, in the order the apps registered them in SITEMAPS."""
    return sitemap(request, sitemaps=SITEMAPS.as_dict())


@require_GET
def robots_txt(request):
    """Keep crawlers out of the admin and the account pages; point them at the sitemap."""
    lines = ["User-agent: *", "Disallow: /admin/"]
    lines += [f"Disallow: /{code}/accounts/" for code, _name in settings.LANGUAGES]
    lines.append(f"Sitemap: {absolute_url('/sitemap.xml')}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_GET
@cache_control(max_age=86400, public=True)
def favicon_ico(request):
    """Browsers and feed readers ask for /favicon.ico whatever the page links; send them to the static icon.

    Not a permanent redirect: in production the static file's name carries a hash that changes with the icon.
    """
    return HttpResponseRedirect(static("favicon.ico"))


def _database_status():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return "unavailable"
    return "ok"


@never_cache
@require_GET
def healthz(request):
    """The state of what the site depends on, for monitors.

    503 when the database does not answer; 200 with "degraded" when only the cache is away (the site then
    serves everything uncached), "ok" when both answer.
    """
    database, cache = _database_status(), cache_status()
    if database != "ok":
        status, code = "error", 503
    else:
        status, code = ("ok" if cache == "ok" else "degraded"), 200
    return JsonResponse({"status": status, "database": database, "cache": cache}, status=code)


@never_cache
@require_GET
def readyz(request):
    """Readiness for a load balancer: 200 while this server can serve pages (its database answers), else 503.

    The cache is not asked: without it pages are slower but correct, so a cache outage must not take every
    server out of rotation.
    """
    if _database_status() != "ok":
        return JsonResponse({"status": "unavailable", "database": "unavailable"}, status=503)
    return JsonResponse({"status": "ready", "database": "ok"})
