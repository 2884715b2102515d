"""The site's URLs plus the bare view the bench compares every page with; never mounted in production."""

from django.http import HttpResponse
from django.urls import path

from portal.urls import urlpatterns as site_urlpatterns


def bare(request):
    """The cheapest Django response: the full middleware stack, no template, no query."""
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [path("bench/bare/", bare, name="bench-bare"), *site_urlpatterns]
