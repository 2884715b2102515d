"""Site-wide feeds the apps offer, so the shell can point feed readers at them.

An app adds a `SiteFeed` from its `AppConfig.ready()`::

    FEEDS.add(SiteFeed(title=_("News feed"), url_name="news:feed", rss_url_name="news:feed-rss"), app=self.label,
              name="news", order=20)

The home page announces each one with `<link rel="alternate">` (orders: news 20, practices 30, films 50, events 60,
newsletter 80). Feeds about one object (an event's
programme changes) are announced on that object's own pages instead.

Every feed view subclasses `PortalFeed`, so its links start with SITE_URL, the feed names the site as its author
(RFC 4287 asks for one) and RSS's channel description repeats Atom's subtitle. `feed_patterns()` serves one feed
class as Atom and as RSS 2.0::

    urlpatterns = [*feed_patterns("feed/", LatestNewsFeed, name="feed")]  # feed/ (Atom) and feed/rss/

and a page announces both with `{% feed_links "news:feed" _("News feed") %}` (core_tags).
"""

from dataclasses import dataclass
from typing import Any

from django.contrib.syndication.views import Feed
from django.urls import path, reverse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import format_html_join

from core.absolute import absolute_url
from core.registry import Registry
from core.sites import site_name

FEEDS = Registry("site-wide feeds")


@dataclass(frozen=True)
class SiteFeed:
    title: Any
    url_name: str
    content_type: str = "application/atom+xml"
    rss_url_name: str = ""


class PortalFeed(Feed):
    """A Django syndication feed whose links name the site of SITE_URL, not the Sites row or the request's host."""

    feed_type = Atom1Feed
    link_attributes = frozenset({"link", "item_link", "feed_url", "author_link", "item_author_link"})

    def author_name(self):
        return str(site_name())

    def description(self, obj=None):
        return self._get_dynamic_attr("subtitle", obj) or ""

    def _get_dynamic_attr(self, attname, obj, default=None):
        value = super()._get_dynamic_attr(attname, obj, default)
        if attname in self.link_attributes and value:
            return absolute_url(value)
        return value

    def get_feed(self, obj, request):
        feed = super().get_feed(obj, request)
        feed.feed["feed_url"] = absolute_url(self._get_dynamic_attr("feed_url", obj) or request.path)
        return feed


def feed_patterns(route, feed_class, *, name):
    """URL patterns serving `feed_class` as Atom at `route` (named `name`) and as RSS 2.0 at `route` + "rss/"
    (named `name` + "-rss")."""
    rss_class = type(f"{feed_class.__name__}Rss", (feed_class,), {"feed_type": Rss201rev2Feed})
    return [path(route, feed_class(), name=name), path(f"{route}rss/", rss_class(), name=f"{name}-rss")]


def feed_links(url_name, title, **kwargs):
    """<link rel="alternate"> to both forms of a feed served by `feed_patterns`, for a page's head."""
    forms = [("application/atom+xml", "Atom", url_name), ("application/rss+xml", "RSS", f"{url_name}-rss")]
    return format_html_join(
        "\n",
        '<link rel="alternate" type="{}" title="{} ({})" href="{}">',
        ((mime, title, label, reverse(name, kwargs=kwargs)) for mime, label, name in forms),
    )
