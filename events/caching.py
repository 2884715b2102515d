"""The page cache of the anonymous event pages (see core.page_cache; receivers.py says what retires it)."""

from django.urls import reverse
from django.utils.html import escape

from core.fragments import Fragment, render_slot, slot_renderer
from core.page_cache import PageCache

# Short, because the pages also change with the clock and no write marks it: an event leaves the upcoming list for
# the archive when it ends, registration opens and closes, the month calendar marks today. Names of organisations,
# practices, documents and films shown on these pages are edited in other apps and show up at most this late too.
PAGE_CACHE_SECONDS = 60

event_pages = PageCache("events", seconds=PAGE_CACHE_SECONDS)

cache_anonymous_page = event_pages.cache_page

# An event's programme grid with its filters, as everyone sees it (the stars are each visitor's own), per event,
# language and filter query string.
programme_grid = Fragment("programme")


# A star on each session of the grid: its template rendered once per state (starred or not) for the whole grid, as
# for a session 0, each session's own address and anchor then written in (all 100 are the same but for these).
_ANCHOR = "\x1fanchor\x1f"


@slot_renderer("events/_programme_star.html")
def programme_star(context, values, memo):
    session = values["session"]
    starred = session["pk"] in context["starred"]
    if starred not in memo:
        with context.push(session={"pk": 0, "anchor": _ANCHOR}, starred={0} if starred else set()):
            pattern = render_slot(context.template.engine.get_template("events/_programme_star.html"), context)
        memo[starred] = (pattern, reverse("events:session-star", kwargs={"slug": context["event"].slug, "pk": 0}))
    pattern, address = memo[starred]
    if not pattern:  # nobody signed in: no star
        return pattern
    own_address = reverse("events:session-star", kwargs={"slug": context["event"].slug, "pk": session["pk"]})
    return pattern.replace(address, own_address, 1).replace(_ANCHOR, escape(session["anchor"]))
