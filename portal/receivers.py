"""Writes to what the home page shows retire its cached copies (see core.page_cache and portal.home).

Members are not declared: every sign-in saves the user, which would retire the page all day long, so the member
count may be as old as the cache's lifetime (portal.home.home_pages).
"""

from core import page_cache
from directory.models import Organisation
from events.models import Event
from films.models import Film, SubtitleTrack
from forum.models import Discussion, Post
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
        Organisation,  # counted
    ],
)
