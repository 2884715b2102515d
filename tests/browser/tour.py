"""A tour of the public site: one address of every page type, in one language, over the demo content.

The sitemap names every detail page; the pages it leaves out (lists with their own views, search, the film
transcript, the event programme, sign-in) are added here. One address stands for each pattern, so the tour stays
short as the demo grows.
"""

import re
from io import StringIO
from urllib.parse import urlsplit

from django.core.management import call_command
from django.test import Client

from events.models import Event
from films.models import Film
from needs.models import Survey
from practices.models import Practice
from services.models import Service

# A path segment that names one object (a slug or a number): pages differing only there are one page type.
OBJECT_SEGMENT = re.compile(r"/[^/]+/$")


def load_demo():
    call_command("load_demo", stdout=StringIO())


def sitemap_paths():
    """Every path of the sitemap, read as a search engine reads it."""
    body = Client().get("/sitemap.xml").content.decode()
    return [urlsplit(address).path for address in re.findall(r"<loc>([^<]+)</loc>", body)]


def page_types(language):
    """One path per public page type in `language`, after `load_demo()`."""
    event = Event.objects.public().filter(sessions__isnull=False).order_by("start").first()
    film = Film.objects.published().first()
    first, second = Practice.objects.published()[:2]
    service = Service.objects.published().first()
    survey = Survey.objects.published().first()
    extra = [
        "/practices/",
        f"/practices/compare/?p={first.slug}&p={second.slug}",
        "/data/",
        "/data/practices/",
        "/documents/",
        "/films/",
        f"/films/{film.slug}/transcript/",
        "/events/",
        "/events/archive/",
        "/events/calendar/",
        f"/events/{event.slug}/programme/",
        f"/events/{event.slug}/changes/",
        "/forum/",
        "/news/",
        "/organisations/",
        "/projects/",
        "/services/",
        f"/services/{service.slug}/referral/",
        "/enquiries/",
        "/enquiries/sent/",
        "/enquiries/answers/",
        "/initiatives/",
        "/initiatives/archive/",
        "/exchange/",
        "/needs/",
        f"/needs/{survey.slug}/results/?by=target_group",
        "/search/?q=social",
        "/accounts/login/",
        "/accounts/signup/",
        "/accounts/password/reset/",
    ]
    seen, paths = set(), []
    for path in sitemap_paths():
        kind = OBJECT_SEGMENT.sub("/*/", path) if path.count("/") > 3 else path
        if path.startswith(f"/{language}/") and kind not in seen:
            seen.add(kind)
            paths.append(path)
    return paths + [f"/{language}{path}" for path in extra if f"/{language}{path}" not in paths]
