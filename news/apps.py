from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    """News posts written by the moderators, with their list, page and feed."""

    name = "news"
    verbose_name = _("News")

    def ready(self):
        from core.feeds import FEEDS, SiteFeed
        from core.follows import FOLLOWABLE, Followable
        from core.newsletter import NEWSLETTER_BLOCKS, BlockSource
        from core.search import SEARCH_SOURCES
        from core.sitemaps import SITEMAPS
        from news import (
            newsletter,
            receivers,  # noqa: F401 - declares what retires the cached news pages
            search,
        )
        from news.models import NewsPost
        from news.sitemaps import NewsPostSitemap

        SEARCH_SOURCES.add(search.NEWS, app=self.label, name="news", order=20)
        FOLLOWABLE.add(Followable(NewsPost), app=self.label, name="news", order=25)
        SITEMAPS.add(NewsPostSitemap, app=self.label, name="news", order=20)
        NEWSLETTER_BLOCKS.add(
            BlockSource(kind="news", label=_("News"), new_since=newsletter.new_since),
            app=self.label,
            name="news",
            order=20,
        )
        news_feed = SiteFeed(title=_("News feed"), url_name="news:feed", rss_url_name="news:feed-rss")
        FEEDS.add(news_feed, app=self.label, name="news", order=20)
