"""Site-wide feeds the apps offer, so the shell can point feed readers at them.

An app adds a `SiteFeed` from its `AppConfig.ready()`::

    FEEDS.add(SiteFeed(title=_("News feed"), url_name="news:feed"), app=self.label, name="news", order=20)

The home page announces each one with `<link rel="alternate">`. Feeds about one object (an event's
programme changes) are announced on that object's own pages instead.

Every feed view subclasses `PortalFeed`, so its links start with SITE_URL.
"""

from dataclasses import dataclass
from typing import Any

from django.contrib.syndication.views import Feed

from core.absolute import absolute_url
from core.registry import Registry

FEEDS = Registry("site-wide feeds")


@dataclass(frozen=True)
class SiteFeed:
    title: Any
    url_name: str
    content_type: str = "application/atom+xml"


class PortalFeed(Feed):
    """A Django syndication feed whose links name the site of SITE_URL, not the Sites row or the request's host."""

    link_attributes = frozenset({"link", "item_link", "feed_url", "author_link", "item_author_link"})

    def _get_dynamic_attr(self, attname, obj, default=None):
        value = super()._get_dynamic_attr(attname, obj, default)
        if attname in self.link_attributes and value:
            return absolute_url(value)
        return value

    def get_feed(self, obj, request):
        feed = super().get_feed(obj, request)
        feed.feed["feed_url"] = absolute_url(self._get_dynamic_attr("feed_url", obj) or request.path)
        return feed
