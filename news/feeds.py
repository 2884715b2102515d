from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core.feeds import PortalFeed
from core.tags import Tag
from news.models import NewsPost


class LatestNewsFeed(PortalFeed):
    """The twenty latest news posts, in the language of the URL."""

    title = _("Social innovation portal: news")
    subtitle = _("News about social innovation in Bulgaria and Europe.")

    def link(self):
        return reverse("news:post-list")

    def items(self):
        return NewsPost.objects.published().prefetch_related("tags")[:20]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_categories(self, item):
        return [tag.name for tag in item.tags.all()]


class TaggedNewsFeed(LatestNewsFeed):
    """The latest news posts with one tag."""

    def get_object(self, request, tag):
        return get_object_or_404(Tag, slug=tag)

    def title(self, tag):
        return gettext("Social innovation portal: news tagged “%(tag)s”") % {"tag": tag.name}

    def link(self, tag):
        return f"{reverse('news:post-list')}?tag={tag.slug}"

    def items(self, tag):
        return NewsPost.objects.published().filter(tags=tag).prefetch_related("tags")[:20]
