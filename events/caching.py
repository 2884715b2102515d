"""The page cache of the anonymous event pages (see core.page_cache; receivers.py says what retires it)."""

from django.utils.html import escape

from core.fragments import STAND_IN_PK, Fragment, render_once_per_state, slot_renderer
from core.page_cache import PageCache
from core.skeletons import shared_page

# Short, because the pages also change with the clock and no write marks it: an event leaves the upcoming list for
# the archive when it ends, registration opens and closes, the month calendar marks today. Names of organisations,
# practices, documents and films shown on these pages are edited in other apps and show up at most this late too.
PAGE_CACHE_SECONDS = 60

event_pages = PageCache("events", seconds=PAGE_CACHE_SECONDS)

cache_anonymous_page = event_pages.cache_page
cache_shared_page = shared_page(event_pages)

# An event's programme grid with its filters, as everyone sees it (the stars are each visitor's own), per event,
# language and filter query string.
programme_grid = Fragment("programme")


# A star on each session of the grid: its template rendered once per state (starred or not) for the whole grid, then
# each session's own number and anchor written in (all 100 stars are the same but for these).
STAR = "events/_programme_star.html"
_ANCHOR = "\x1fanchor\x1f"


@slot_renderer(STAR)
def programme_star(context, values, memo):
    session = values["session"]
    starred = session["pk"] in context["starred"]
    return render_once_per_state(
        context,
        STAR,
        memo,
        state=starred,
        stand_in=lambda: {
            "session": {"pk": STAND_IN_PK, "anchor": _ANCHOR},
            "starred": {STAND_IN_PK} if starred else set(),
        },
        own={str(STAND_IN_PK): str(session["pk"]), _ANCHOR: escape(session["anchor"])},
    )
