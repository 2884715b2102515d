from datetime import timedelta

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PracticesConfig(AppConfig):
    name = "practices"
    verbose_name = _("Practices, films and documents")

    def ready(self):
        from core.activity import ACTIVITY_SERIES, COUNTERS, Counter, WeeklySeries
        from core.badges import CARD_BADGES, Badge
        from core.feeds import FEEDS, SiteFeed
        from core.follows import FOLLOW_EVENTS, FOLLOWABLE, Followable, FollowEvent
        from core.linked import LINKED_CONTENT
        from core.newsletter import NEWSLETTER_BLOCKS, BlockSource
        from core.opendata import DATASETS
        from core.periodic import PERIODIC, Periodic
        from core.search import SEARCH_SOURCES
        from core.sitemaps import SITEMAPS
        from practices import (
            newsletter,  # noqa: F401 - declares what retires the cached practice pages
            receivers,  # noqa: F401 - declares what retires the cached practice pages
            search,
        )
        from practices.enums import NEW_PRACTICE
        from practices.linked import DOCUMENTS, PRACTICES
        from practices.models import Practice
        from practices.opendata import DocumentDataset, PracticeDataset
        from practices.queries import practice_document_links
        from practices.sitemaps import DocumentSitemap, PracticeSitemap
        from practices.tasks import read_unread_document_texts

        NEWSLETTER_BLOCKS.add(
            BlockSource(kind="practices", label=_("Practices"), new_since=newsletter.new_since),
            app=self.label,
            name="practices",
            order=30,
        )
        practice_feed = SiteFeed(
            title=_("New practices"), url_name="practices:practice-feed", rss_url_name="practices:practice-feed-rss"
        )
        FEEDS.add(practice_feed, app=self.label, name="practices", order=30)
        SEARCH_SOURCES.add(search.PRACTICES, app=self.label, name="practices", order=30)
        SEARCH_SOURCES.add(search.DOCUMENTS, app=self.label, name="documents", order=31)
        # Files whose words a lost enqueue or an outage left unread, and those uploaded before words were kept.
        PERIODIC.add(
            Periodic(read_unread_document_texts, every=timedelta(hours=1)), app=self.label, name="texts", order=50
        )
        FOLLOWABLE.add(Followable(Practice), app=self.label, name="practices", order=20)
        FOLLOW_EVENTS.add(
            FollowEvent(
                kind=NEW_PRACTICE,
                message=_("New practice from %(target)s: %(subject)s"),
                followed=lambda practice: practice.source_organisation,
            ),
            app=self.label,
            name=NEW_PRACTICE,
            order=20,
        )
        LINKED_CONTENT.add(PRACTICES, app=self.label, name="practices", order=30)
        LINKED_CONTENT.add(DOCUMENTS, app=self.label, name="documents", order=31)
        SITEMAPS.add(PracticeSitemap, app=self.label, name="practices", order=30)
        SITEMAPS.add(DocumentSitemap, app=self.label, name="documents", order=31)
        CARD_BADGES.add(
            Badge(label=_("Documents attached"), kind="practice", links=practice_document_links),
            app=self.label,
            name="documents-attached",
            order=31,
        )
        DATASETS.add(PracticeDataset(), app=self.label, name="practices", order=30)
        DATASETS.add(DocumentDataset(), app=self.label, name="documents", order=31)
        ACTIVITY_SERIES.add(
            WeeklySeries(label=_("New practices"), rows=Practice.objects.published, date_field="published_at"),
            app=self.label,
            name="new-practices",
            order=10,
        )
        COUNTERS.add(
            Counter(kind="practice-view", label=_("Most-read practices"), public=Practice.objects.published),
            app=self.label,
            name="practice-view",
            order=10,
        )
