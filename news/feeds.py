from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from core.feeds import PortalFeed
from news.models import NewsPost


class LatestNewsFeed(PortalFeed):
    """The twenty latest news posts as Atom, in the language of the URL."""

    feed_type = Atom1Feed
    title = _("Social innovation portal: news")
    subtitle = _("News about social innovation in Bulgaria and Europe.")

    def link(self):
        return reverse("news:post-list")

    def items(self):
        return NewsPost.objects.published()[:20]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at
