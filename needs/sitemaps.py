from django.urls import reverse

from core.sitemaps import PortalSitemap
from needs.models import Survey
from needs.places import places_with_content


class SurveySitemap(PortalSitemap):
    """Published surveys (their form while open, their results always)."""

    def items(self):
        return Survey.objects.published().order_by("pk")

    def lastmod(self, item):
        return item.updated_at


class PlaceSitemap(PortalSitemap):
    """The pages of the oblasts where something is listed: a survey, an open call, a service or an exchange listing."""

    def items(self):
        return places_with_content()

    def location(self, item):
        return reverse("needs:place", kwargs={"code": item.lower()})
