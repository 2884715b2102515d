from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FilmsConfig(AppConfig):
    """Films and their subtitle tracks: an app of its own above practices."""

    name = "films"
    verbose_name = _("Films")

    def ready(self):
        from core.activity import ACTIVITY_SERIES, COUNTERS, Counter, WeeklySeries
        from core.badges import CARD_BADGES, Badge
        from core.feeds import FEEDS, SiteFeed
        from core.follows import FOLLOWABLE, Followable
        from core.linked import LINKED_CONTENT
        from core.models import Tally
        from core.newsletter import NEWSLETTER_BLOCKS, BlockSource
        from core.opendata import DATASETS
        from core.search import SEARCH_SOURCES
        from core.sitemaps import SITEMAPS
        from films import (
            newsletter,
            receivers,  # noqa: F401 - declares what retires the cached film pages
            search,
        )
        from films.linked import FILMS, FILMS_OF_PRACTICE, FILMS_ON_THEMES
        from films.models import Film
        from films.opendata import FilmDataset
        from films.queries import practice_film_links, public_films
        from films.sitemaps import FilmSitemap

        NEWSLETTER_BLOCKS.add(
            BlockSource(kind="films", label=_("Films"), new_since=newsletter.new_since),
            app=self.label,
            name="films",
            order=50,
        )
        film_feed = SiteFeed(title=_("Films"), url_name="films:film-feed", rss_url_name="films:film-feed-rss")
        FEEDS.add(film_feed, app=self.label, name="films", order=50)
        SEARCH_SOURCES.add(search.FILMS, app=self.label, name="films", order=50)
        SEARCH_SOURCES.add(search.CUES, app=self.label, name="subtitles", order=51)
        FOLLOWABLE.add(Followable(Film), app=self.label, name="films", order=35)
        LINKED_CONTENT.add(FILMS, app=self.label, name="films", order=50)
        LINKED_CONTENT.add(FILMS_OF_PRACTICE, app=self.label, name="films-of-practice", order=50)
        LINKED_CONTENT.add(FILMS_ON_THEMES, app=self.label, name="films-on-themes", order=50)
        SITEMAPS.add(FilmSitemap, app=self.label, name="films", order=50)
        CARD_BADGES.add(
            Badge(label=_("Films attached"), kind="practice", links=practice_film_links),
            app=self.label,
            name="films-attached",
            order=50,
        )
        DATASETS.add(FilmDataset(), app=self.label, name="films", order=40)
        ACTIVITY_SERIES.add(
            WeeklySeries(
                label=_("Films played"),
                rows=lambda: Tally.objects.filter(kind="film-play"),
                date_field="day",
                sum_field="count",
            ),
            app=self.label,
            name="films-played",
            order=20,
        )
        COUNTERS.add(
            Counter(kind="film-play", label=_("Most-played films"), public=public_films),
            app=self.label,
            name="film-play",
            order=20,
        )
