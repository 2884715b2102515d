"""Addresses that leave the page (JSON-LD, canonical links, exports, calendars, e-mails) name the configured site."""

import csv
import io
import json
import re

import pytest
from django.core import mail

from forum import services
from forum.services import subscribe
from tests.factories.events import EventFactory
from tests.factories.films import FilmFactory
from tests.factories.forum import ThreadFactory
from tests.factories.portal import VerifiedUserFactory
from tests.factories.practices import PracticeFactory

pytestmark = pytest.mark.django_db

SITE = "https://portal.example.org"


@pytest.fixture(autouse=True)
def _site_url(settings):
    settings.SITE_URL = SITE


def json_ld(html):
    """The page's one JSON-LD block, parsed."""
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert len(blocks) == 1
    return json.loads(blocks[0])


def urls_in(data):
    """Every value under a key naming an address, however deep."""
    if isinstance(data, dict):
        for key, value in data.items():
            if key in {"url", "@id", "image", "thumbnailUrl", "contentUrl"}:
                yield value
            else:
                yield from urls_in(value)
    elif isinstance(data, list):
        for item in data:
            yield from urls_in(item)


@pytest.mark.parametrize("language", ["bg", "en"])
def test_practice_json_ld_addresses_name_the_site(client, language):
    practice = PracticeFactory(slug="care", title_en="Care & </script> <b>", country="IT")

    html = client.get(f"/{language}/practices/care/").content.decode()

    data = json_ld(html)
    assert data["url"] == data["@id"] == f"{SITE}/{language}/practices/care/"
    assert data["publisher"]["url"] == f"{SITE}/"
    assert data["inLanguage"] == language
    assert all(url.startswith(SITE + "/") for url in urls_in(data))
    if language == "en":
        assert data["name"] == "Care & </script> <b>" == practice.title_en
    assert f'<meta property="og:url" content="{SITE}/{language}/practices/care/">' in html


def test_film_json_ld_addresses_name_the_site(client):
    FilmFactory(slug="scotland")

    html = client.get("/en/films/scotland/").content.decode()

    data = json_ld(html)
    assert data["@type"] == "VideoObject"
    assert data["url"] == f"{SITE}/en/films/scotland/"
    assert data["contentUrl"].startswith(f"{SITE}/media/films/")
    assert all(url.startswith(SITE + "/") for url in urls_in(data))
    assert f'<meta property="og:url" content="{SITE}/en/films/scotland/">' in html


@pytest.mark.parametrize("is_online", [False, True])
def test_event_json_ld_addresses_name_the_site(client, is_online):
    link = "https://meet.example.org/room" if is_online else ""
    event = EventFactory(title_en="Seminar </script>", is_online=is_online, online_url=link)

    html = client.get(f"/en/events/{event.slug}/").content.decode()

    data = json_ld(html)
    assert data["@type"] == "Event"
    assert data["name"] == "Seminar </script>"
    assert data["url"] == f"{SITE}/en/events/{event.slug}/"
    assert all(url.startswith(SITE + "/") for url in urls_in(data))


def test_canonical_and_alternate_links_name_the_site(client):
    PracticeFactory(slug="care")

    html = client.get("/bg/practices/care/").content.decode()

    assert f'<link rel="canonical" href="{SITE}/bg/practices/care/">' in html
    assert f'<link rel="alternate" hreflang="en" href="{SITE}/en/practices/care/">' in html
    assert f'<link rel="alternate" hreflang="x-default" href="{SITE}/bg/practices/care/">' in html


def test_practice_export_addresses_name_the_site_not_the_request_host(client):
    PracticeFactory(slug="care")

    response = client.get("/en/data/practices.csv", HTTP_HOST="testserver")

    content = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(content)))
    assert [row["url"] for row in rows] == [f"{SITE}/en/practices/care/"]


def test_event_calendar_and_schedule_name_the_site(client):
    event = EventFactory()

    ical = client.get(f"/en/events/{event.slug}/calendar.ics").content.decode()
    schedule = client.get(f"/en/events/{event.slug}/schedule.xml").content.decode()

    assert f"URL:{SITE}/en/events/{event.slug}/" in ical.replace("\r\n ", "")
    assert f"UID:event-{event.pk}@portal.example.org" in ical
    assert f"<base_url>{SITE}/en/events/{event.slug}/</base_url>" in schedule


def test_robots_points_at_the_sitemap_of_the_site(client):
    assert f"Sitemap: {SITE}/sitemap.xml" in client.get("/robots.txt").content.decode()


def test_forum_email_links_name_the_site(django_capture_on_commit_callbacks):
    thread = ThreadFactory()
    subscribe(user=VerifiedUserFactory(), discussion=thread)

    with django_capture_on_commit_callbacks(execute=True):
        services.create_post(discussion=thread, author=VerifiedUserFactory(), body="отговор")

    message = mail.outbox[0]
    assert f"{SITE}/bg/forum/threads/{thread.pk}/" in message.body
    assert message.extra_headers["List-Unsubscribe"].startswith(f"<{SITE}/")
