"""Feeds read cleanly by feedparser and name the site's real address; sitemap.xml validates against the sitemaps.org
protocol with xhtml:link alternates (tests/data/schemas/sitemap.xsd), every page in both languages."""

from pathlib import Path

import feedparser
import pytest
from django.contrib.sites.models import Site
from django.urls import reverse
from django.utils import translation
from lxml import etree

from core.feeds import FEEDS
from events import services
from tests.factories.events import EventFactory, ProgrammeDayFactory, SessionFactory, in_sofia
from tests.factories.films import FilmFactory
from tests.factories.initiatives import CallFactory
from tests.factories.newsletter import SentIssueFactory
from tests.factories.portal import OrganisationFactory, PostFactory
from tests.factories.practices import PracticeFactory

pytestmark = pytest.mark.django_db

SITE = "https://portal.example.bg"
SITEMAP_XSD = etree.XMLSchema(etree.parse(str(Path(__file__).parent / "data" / "schemas" / "sitemap.xsd")))
NAMESPACES = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


@pytest.fixture(autouse=True)
def _real_address(settings):
    """The site's address differs from the Sites framework's domain, as it does until someone edits the Site row."""
    settings.SITE_URL = SITE
    Site.objects.update_or_create(pk=settings.SITE_ID, defaults={"domain": "example.com", "name": "example.com"})


def read_feed(client, url):
    response = client.get(url)
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return feed


def assert_addresses_on_the_site(feed, *, entries):
    assert len(feed.entries) == entries
    addresses = [feed.feed.id, feed.feed.link] + [link.href for link in feed.feed.links]
    for entry in feed.entries:
        addresses += [entry.id, entry.link]
    assert [address for address in addresses if not address.startswith(f"{SITE}/")] == []


@pytest.mark.parametrize("language", ["bg", "en"])
def test_every_site_wide_feed_is_well_formed_and_on_the_site_address(client, language):
    PostFactory(slug="closing")
    PostFactory(slug="opening")
    SentIssueFactory.create_batch(2)
    PracticeFactory.create_batch(2)
    FilmFactory.create_batch(2)
    EventFactory.create_batch(2)
    CallFactory.create_batch(2)
    feeds = list(FEEDS)
    assert feeds

    for site_feed in feeds:
        with translation.override(language):
            url = reverse(site_feed.url_name)
        feed = read_feed(client, url)
        assert_addresses_on_the_site(feed, entries=2)
        assert feed.feed.links[0].href.startswith(f"{SITE}/{language}/")


def test_news_feed_links_each_post_and_itself(client):
    PostFactory(slug="closing")

    feed = read_feed(client, "/en/news/feed/")

    assert [entry.link for entry in feed.entries] == [f"{SITE}/en/news/closing/"]
    assert {link.rel: link.href for link in feed.feed.links} == {
        "alternate": f"{SITE}/en/news/",
        "self": f"{SITE}/en/news/feed/",
    }


@pytest.mark.parametrize("language", ["bg", "en"])
def test_programme_changes_feed_is_well_formed_and_on_the_site_address(client, language):
    event = EventFactory(slug="si-plus-blagoevgrad")
    day = ProgrammeDayFactory(event=event)
    moved = SessionFactory(day=day)
    cancelled = SessionFactory(day=day)
    services.update_session(session=moved, start=in_sofia(2030, 1, 1, 9), end=in_sofia(2030, 1, 1, 10))
    services.update_session(session=cancelled, is_cancelled=True)

    feed = read_feed(client, f"/{language}/events/{event.slug}/changes/feed/")

    assert_addresses_on_the_site(feed, entries=event.changes.count())
    assert feed.entries
    assert all(
        entry.link.startswith(f"{SITE}/{language}/events/si-plus-blagoevgrad/changes/#change-")
        for entry in feed.entries
    )
    assert len({entry.id for entry in feed.entries}) == len(feed.entries)


def test_sitemap_validates_with_both_languages_as_alternates(client):
    OrganisationFactory(slug="iriss")
    PostFactory(slug="closing")
    EventFactory(slug="si-plus-blagoevgrad")

    document = etree.fromstring(client.get("/sitemap.xml").content)

    if not SITEMAP_XSD.validate(document):
        pytest.fail("\n".join(str(error) for error in SITEMAP_XSD.error_log))
    urls = document.findall("s:url", NAMESPACES)
    locations = [url.findtext("s:loc", namespaces=NAMESPACES) for url in urls]
    assert f"{SITE}/bg/organisations/iriss/" in locations and f"{SITE}/en/events/si-plus-blagoevgrad/" in locations
    for url, location in zip(urls, locations, strict=True):
        alternates = {link.get("hreflang"): link.get("href") for link in url.findall("xhtml:link", NAMESPACES)}
        path = location.removeprefix(SITE).split("/", 2)[2]
        assert alternates == {
            "bg": f"{SITE}/bg/{path}",
            "en": f"{SITE}/en/{path}",
            "x-default": f"{SITE}/{path}",  # the language-neutral address, which redirects by the reader's language
        }, location
    assert len(locations) == len(set(locations))
    assert client.get("/organisations/iriss/", HTTP_ACCEPT_LANGUAGE="en")["Location"] == "/en/organisations/iriss/"
    assert sum(loc.startswith(f"{SITE}/bg/") for loc in locations) == sum(
        loc.startswith(f"{SITE}/en/") for loc in locations
    )
