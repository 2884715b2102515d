"""Language-neutral endpoints for machines: the sitemap, robots.txt and the health check."""

from django.conf import settings
from django.contrib.sitemaps.views import sitemap
from django.db import DatabaseError, connection
from django.http import HttpResponse, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from core.absolute import absolute_url
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


@never_cache
@require_GET
def healthz(request):
    """200 with {"status": "ok"} when the database answers, 503 when it does not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return JsonResponse({"status": "error", "database": "unavailable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})
