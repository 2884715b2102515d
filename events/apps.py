from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = _("Events")

    def ready(self):
        from core import roles
        from core.activity import ACTIVITY_SERIES, WeeklySeries
        from core.feeds import FEEDS, SiteFeed
        from core.follows import FOLLOW_EVENTS, FOLLOWABLE, Followable, FollowEvent
        from core.linked import LINKED_CONTENT
        from core.newsletter import NEWSLETTER_BLOCKS, BlockSource
        from core.opendata import DATASETS
        from core.privacy import ACCOUNT_ERASERS, DATA_EXPORTS
        from core.search import SEARCH_SOURCES
        from core.sitemaps import SITEMAPS
        from events import (
            newsletter,
            privacy,
            receivers,  # noqa: F401 - declares what retires the cached event pages
            search,
        )
        from events.enums import NEW_SESSION, PROGRAMME_CHANGE
        from events.linked import EVENTS, EVENTS_PRESENTING, EVENTS_SHOWING
        from events.models import Event, ProgrammeChange, Registration, Session
        from events.opendata import EventDataset, PersonDataset, SessionDataset
        from events.queries import starred_by
        from events.sitemaps import EventSitemap, PersonSitemap, SessionSitemap

        NEWSLETTER_BLOCKS.add(
            BlockSource(kind="events", label=_("Events"), new_since=newsletter.new_since),
            app=self.label,
            name="events",
            order=60,
        )
        event_feed = SiteFeed(
            title=_("Upcoming events"), url_name="events:event-feed", rss_url_name="events:event-feed-rss"
        )
        FEEDS.add(event_feed, app=self.label, name="events", order=60)
        SEARCH_SOURCES.add(search.EVENTS, app=self.label, name="events", order=40)
        SEARCH_SOURCES.add(search.SESSIONS, app=self.label, name="sessions", order=41)
        SEARCH_SOURCES.add(search.PEOPLE, app=self.label, name="people", order=42)
        LINKED_CONTENT.add(EVENTS, app=self.label, name="events", order=40)
        LINKED_CONTENT.add(EVENTS_PRESENTING, app=self.label, name="presenting-practice", order=60)
        LINKED_CONTENT.add(EVENTS_SHOWING, app=self.label, name="showing-film", order=40)
        SITEMAPS.add(EventSitemap, app=self.label, name="events", order=60)
        SITEMAPS.add(SessionSitemap, app=self.label, name="sessions", order=61)
        SITEMAPS.add(PersonSitemap, app=self.label, name="people", order=62)
        DATA_EXPORTS.add(privacy.export, app=self.label, name="events", order=40)
        ACCOUNT_ERASERS.add(privacy.erase, app=self.label, name="events", order=40)

        roles.edited_by_organisers(Event)
        FOLLOWABLE.add(Followable(Event), app=self.label, name="events", order=40)
        FOLLOW_EVENTS.add(
            FollowEvent(
                kind=NEW_SESSION,
                message=_("New session in the programme of %(target)s: %(subject)s"),
                followed=lambda session: session.event,
                subjects=lambda: Session.objects.select_related("event"),
            ),
            app=self.label,
            name=NEW_SESSION,
            order=40,
        )
        FOLLOW_EVENTS.add(
            FollowEvent(
                kind=PROGRAMME_CHANGE,
                message=_("Programme change in %(target)s: %(subject)s"),
                followed=lambda change: change.event,
                subjects=lambda: ProgrammeChange.objects.select_related("event"),
                audience=starred_by,
            ),
            app=self.label,
            name=PROGRAMME_CHANGE,
            order=41,
        )
        DATASETS.add(EventDataset(), app=self.label, name="events", order=50)
        DATASETS.add(SessionDataset(), app=self.label, name="sessions", order=51)
        DATASETS.add(PersonDataset(), app=self.label, name="people", order=52)
        ACTIVITY_SERIES.add(
            WeeklySeries(label=_("Event registrations"), rows=Registration.objects.all, date_field="created_at"),
            app=self.label,
            name="registrations",
            order=50,
        )
