"""What the home page shows, read from the apps below the shell in a fixed number of queries.

The shell sits above every app, so it reads their published content directly (through each app's own
querysets and `queries` modules) rather than through a registry: the home page is the one reader of this mix.
What retires the cached home page is declared in portal/receivers.py.
"""

from django.contrib.auth import get_user_model
from django.db.models import Count, F, Value
from django_countries import countries

from core.fragments import Fragment
from core.listed import listed
from core.page_cache import PageCache
from core.united import UnitedRead, read_together
from directory.models import Organisation
from events.models import Event
from events.queries import event_cards
from films.queries import public_films
from forum.models import Discussion
from initiatives.models import Call
from news.models import NewsPost
from portal.models import SiteSettings
from practices.models import Practice

home_pages = PageCache("home", seconds=600)
# The home page's content as everyone sees it, per language: whatever retires the anonymous home page retires it too,
# and what no write marks (the member count, an event or a call whose date passes) is as old as the page cache allows.
home_fragment = Fragment("home", seconds=home_pages.seconds, follows=[home_pages])
# What the home page's fragment shows (home_content and the numbers).
SHOWN = (
    "featured_practices",
    "next_events",
    "newest_films",
    "latest_discussions",
    "latest_posts",
    "open_calls",
    "numbers",
)
LATEST = 3

# The chart's geometry, in SVG user units: a label column, bars up to BAR_MAX long, the count after each bar.
LABEL_WIDTH, BAR_MAX, COUNT_WIDTH, ROW_HEIGHT, BAR_HEIGHT = 170, 300, 50, 32, 20


def home_content():
    """Everything the home page lists, newest or soonest first, and its numbers: the featured practices' themes,
    the news items' tags and the numbers are read in one query (core.united)."""
    featured = SiteSettings.featured_practices.through.objects.values("practice_id")
    featured_practices = list(Practice.objects.published().filter(pk__in=featured).order_by("title"))
    latest_posts = list(NewsPost.objects.published().with_byline()[:LATEST])
    counts = {}
    read_together(listed({"themes": featured_practices, "tags": latest_posts}), counted(counts))
    return {
        "featured_practices": featured_practices,
        "next_events": event_cards(Event.objects.upcoming())[:LATEST],
        "newest_films": public_films().order_by("-created_at")[:LATEST],
        "latest_discussions": Discussion.objects.published().listed().order_by("-last_activity_at")[:LATEST],
        "latest_posts": latest_posts,
        "open_calls": Call.objects.open().select_related("organisation").order_by("closes_on", "-pk")[:LATEST],
        "numbers": portal_numbers(counts),
    }


def portal_numbers(counts):
    """The counts the home page shows (`counted`): practices by country (as a chart) and films, organisations,
    members."""
    by_country = counts["by_country"]
    return {"chart": country_bars(by_country), "practices": sum(by_country.values()), **counts["totals"]}


# The counted totals besides the practices by country.
TOTALS = {
    "films": public_films,
    "organisations": Organisation.objects.all,
    "members": lambda: get_user_model().objects.filter(is_active=True),
}


def counted(counts):
    """A UnitedRead filling `counts` with {"by_country": {code: practices}, "totals": {"films": …, "organisations":
    …, "members": …}}: the practices grouped by country, and a row for each total."""
    by_country = Practice.objects.published().order_by().annotate(counted=F("country")).values("counted")
    branches = [by_country.annotate(count=Count("pk"))] + [
        rows().order_by().annotate(counted=Value(name)).values("counted").annotate(count=Count("pk"))
        for name, rows in TOTALS.items()
    ]

    def apply(rows):
        counts["by_country"] = dict(rows[0])
        counts["totals"] = {name: total for name, [(_name, total)] in zip(TOTALS, rows[1:], strict=True)}

    return UnitedRead(branches, ("counted", "count"), apply)


def country_bars(by_country):
    """Rows of the bar chart, most practices first, each with its geometry computed here (the CSP allows no
    inline style, so the template only places numbers into SVG attributes)."""
    if not by_country:
        return None
    largest = max(by_country.values())
    rows = sorted(((countries.name(code), count) for code, count in by_country.items()), key=lambda r: (-r[1], r[0]))
    bars = []
    for index, (name, count) in enumerate(rows):
        top = index * ROW_HEIGHT
        length = max(2, round(BAR_MAX * count / largest))
        bars.append(
            {
                "name": name,
                "count": count,
                "y": top + (ROW_HEIGHT - BAR_HEIGHT) // 2,
                "text_y": top + ROW_HEIGHT // 2,
                "length": length,
                "count_x": LABEL_WIDTH + length + 6,
            }
        )
    return {
        "bars": bars,
        "width": LABEL_WIDTH + BAR_MAX + COUNT_WIDTH,
        "height": len(bars) * ROW_HEIGHT,
        "bar_x": LABEL_WIDTH,
        "label_x": LABEL_WIDTH - 8,
        "bar_height": BAR_HEIGHT,
    }
