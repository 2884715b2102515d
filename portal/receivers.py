"""Writes to what the home page shows retire its cached copies (see core.page_cache and portal.home); a saved
SiteSettings row is read again by the next page (SiteSettings.load).

Members are not declared: every sign-in saves the user, which would retire the page all day long, so the member
count may be as old as the cache's lifetime (portal.home.home_pages).
"""

from django.db.models.signals import post_delete, post_save

from core import page_cache
from directory.models import Organisation
from events.models import Event
from films.models import Film, SubtitleTrack
from forum.models import Discussion, Post
from initiatives.models import Call
from news.models import NewsPost
from portal.home import home_pages
from portal.models import SiteSettings
from practices.models import Practice

page_cache.retire_on(
    home_pages,
    models=[
        SiteSettings,  # the featured practices
        Practice,
        Event,
        Film,
        SubtitleTrack,
        Discussion,
        Post,
        NewsPost,
        Call,  # open calls and volunteering
        Organisation,  # counted
    ],
)


def _site_settings_written(sender, **kwargs):
    SiteSettings.forget()


post_save.connect(_site_settings_written, sender=SiteSettings, dispatch_uid="portal-site-settings-saved")
post_delete.connect(_site_settings_written, sender=SiteSettings, dispatch_uid="portal-site-settings-deleted")
