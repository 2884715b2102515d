from datetime import timedelta

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ForumConfig(AppConfig):
    name = "forum"
    verbose_name = _("Discussions")

    def ready(self):
        from core.account import ACCOUNT_SECTIONS, AccountSection
        from core.activity import ACTIVITY_SERIES, WeeklySeries
        from core.follows import FOLLOW_EVENTS, FOLLOWABLE, Followable, FollowEvent, followed_objects
        from core.periodic import PERIODIC, Periodic
        from core.privacy import ACCOUNT_ERASERS, DATA_EXPORTS
        from core.search import SEARCH_SOURCES
        from core.sitemaps import SITEMAPS
        from forum import (
            privacy,
            receivers,  # noqa: F401 - declares what retires the cached forum pages and commented pages
            search,
        )
        from forum.enums import NEW_THREAD
        from forum.models import Category, Discussion, Post
        from forum.permissions import readable_threads
        from forum.sitemaps import CategorySitemap, ThreadSitemap
        from forum.tasks import send_forum_emails

        SEARCH_SOURCES.add(search.THREADS, app=self.label, name="threads", order=60)
        SEARCH_SOURCES.add(search.POSTS, app=self.label, name="posts", order=61)
        SITEMAPS.add(CategorySitemap, app=self.label, name="categories", order=69)
        SITEMAPS.add(ThreadSitemap, app=self.label, name="threads", order=70)
        DATA_EXPORTS.add(privacy.export, app=self.label, name="forum", order=30)
        FOLLOWABLE.add(Followable(Discussion, readable=readable_threads), app=self.label, name="threads", order=30)
        FOLLOWABLE.add(
            Followable(Category, readable=lambda user: Category.objects.all()),
            app=self.label,
            name="categories",
            order=31,
        )
        FOLLOW_EVENTS.add(
            FollowEvent(
                kind=NEW_THREAD,
                message=_("New thread in %(target)s: %(subject)s"),
                followed=lambda thread: thread.category,
            ),
            app=self.label,
            name=NEW_THREAD,
            order=30,
        )
        ACCOUNT_ERASERS.add(privacy.erase, app=self.label, name="forum", order=30)
        ACCOUNT_SECTIONS.add(
            AccountSection(
                heading=_("What you follow"),
                template_name="forum/includes/account_follows.html",
                context=lambda user: {"followed": followed_objects(user)},
            ),
            app=self.label,
            name="follows",
            order=50,
        )
        # Held-back thread e-mails and daily or weekly digests.
        PERIODIC.add(Periodic(send_forum_emails, every=timedelta(minutes=10)), app=self.label, name="emails", order=50)
        ACTIVITY_SERIES.add(
            WeeklySeries(label=_("Comments and forum posts"), rows=Post.objects.all, date_field="created_at"),
            app=self.label,
            name="posts",
            order=30,
        )
