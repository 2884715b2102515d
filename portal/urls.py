"""Root URLs: language-neutral endpoints first, then every page under /bg/ and /en/."""

from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import include, path, re_path

from films.media import serve_with_ranges
from films.views import moved_to_films
from portal.resolving import i18n_patterns
from portal.views import activity, api, shell, system

handler500 = "portal.views.errors.server_error"

urlpatterns = [
    path("", shell.root_redirect, name="root"),
    path("admin/activity/", admin.site.admin_view(activity.activity_page), name="admin-activity"),
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("sitemap.xml", system.sitemap_xml, name="sitemap"),
    path("robots.txt", system.robots_txt, name="robots-txt"),
    path("favicon.ico", system.favicon_ico, name="favicon-ico"),
    path("healthz", system.healthz, name="healthz"),
    path("readyz", system.readyz, name="readyz"),
    path("count/<slug:kind>/<int:pk>", activity.count, name="count"),
    # The read-only open-data API: one address for both languages (?lang=), so harvesters need no prefix.
    path("api/v1/", api.index, name="api-index"),
    path("api/v1/openapi.json", api.openapi, name="api-openapi"),
    path("api/v1/<slug:dataset>/", api.dataset_list, name="api-list"),
    path("api/v1/<slug:dataset>/<str:key>/", api.dataset_detail, name="api-detail"),
    re_path(r"^api/v1/(?P<rest>.*)\Z", api.not_found, name="api-not-found"),
]

urlpatterns += i18n_patterns(
    path("", include("portal.site_urls")),
    path("accounts/", include("allauth.urls")),
    path("", include("directory.urls")),
    path("news/", include("news.urls")),
    path("", include("practices.urls")),
    path("films/", include("films.urls")),
    re_path(r"^videos/(?P<path>.*)\Z", moved_to_films),  # the films' address until November 2026
    path("forum/", include("forum.urls")),
    path("events/", include("events.urls")),
    path("newsletter/", include("newsletter.urls")),
    path("readiness/", include("readiness.urls")),
    path("needs/", include("needs.urls")),
    path("initiatives/", include("initiatives.urls")),
    path("services/", include("services.urls")),
    path("enquiries/", include("enquiries.urls")),
    path("exchange/", include("exchange.urls")),
    path("", include("attendance.urls")),
    prefix_default_language=True,
)

if settings.DEBUG:
    # Byte ranges, so films can be seeked in development too.
    urlpatterns += static(settings.MEDIA_URL, view=serve_with_ranges, document_root=settings.MEDIA_ROOT)
