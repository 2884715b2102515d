from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.feeds import PortalFeed
from films.models import Film


class FilmFeed(PortalFeed):
    """Films with subtitles, the last published first."""

    title = _("Social innovation portal: films")
    subtitle = _("Short films about social innovations, with Bulgarian and English subtitles.")

    def link(self):
        return reverse("films:film-list")

    def items(self):
        return Film.objects.published().order_by("-created_at", "-pk")[:20]

    def item_title(self, film):
        return film.title

    def item_description(self, film):
        return film.description

    def item_pubdate(self, film):
        return film.created_at

    def item_updateddate(self, film):
        return film.updated_at
