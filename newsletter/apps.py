from datetime import timedelta

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsletterConfig(AppConfig):
    """The newsletter: double opt-in subscriptions without an account, issues composed from the blocks each app
    offers (core.newsletter), sent in the background, and the archive of sent issues."""

    name = "newsletter"
    verbose_name = _("Newsletter")

    def ready(self):
        from core.activity import ACTIVITY_SERIES, WeeklySeries
        from core.feeds import FEEDS, SiteFeed
        from core.periodic import PERIODIC, Periodic
        from core.privacy import ACCOUNT_ERASERS, DATA_EXPORTS
        from core.sitemaps import SITEMAPS
        from newsletter import privacy, tasks
        from newsletter.models import Subscriber
        from newsletter.sitemaps import IssueSitemap

        SITEMAPS.add(IssueSitemap, app=self.label, name="issues", order=80)
        FEEDS.add(
            SiteFeed(
                title=_("Newsletter feed"), url_name="newsletter:issue-feed", rss_url_name="newsletter:issue-feed-rss"
            ),
            app=self.label,
            name="newsletter",
            order=80,
        )
        DATA_EXPORTS.add(privacy.export, app=self.label, name="newsletter", order=50)
        ACCOUNT_ERASERS.add(privacy.erase, app=self.label, name="newsletter", order=50)
        PERIODIC.add(
            Periodic(task=tasks.dispatch_issues, every=timedelta(minutes=1)),
            app=self.label,
            name="newsletter-dispatch",
            order=50,
        )
        PERIODIC.add(
            Periodic(task=tasks.forget_unconfirmed, every=timedelta(hours=1)),
            app=self.label,
            name="newsletter-forget-unconfirmed",
            order=50,
        )
        ACTIVITY_SERIES.add(
            WeeklySeries(label=_("Newsletter subscriptions"), rows=Subscriber.objects.all, date_field="confirmed_at"),
            app=self.label,
            name="subscriptions",
            order=55,
        )
