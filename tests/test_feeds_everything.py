"""A feed for everything, in Atom (RFC 4287) and RSS 2.0, in both languages: each parses with feedparser with no
bozo, carries the elements its specification requires, names the site's real address, escapes what people wrote,
lists only public content, and is announced by the pages it belongs to."""

import feedparser
import pytest
from django.urls import reverse
from django.utils import timezone, translation
from lxml import etree

from events import services as event_services
from events.enums import EventType
from tests.factories.events import EventFactory, ProgrammeDayFactory, SessionFactory
from tests.factories.films import FilmFactory
from tests.factories.forum import PostFactory as ForumPostFactory
from tests.factories.forum import ThreadFactory
from tests.factories.initiatives import CallFactory
from tests.factories.newsletter import SentIssueFactory
from tests.factories.portal import PostFactory, ThemeFactory
from tests.factories.practices import DocumentFactory, PracticeFactory

pytestmark = pytest.mark.django_db

SITE = "https://portal.example.bg"
ATOM = "{http://www.w3.org/2005/Atom}"
HOSTILE = 'Rock & <roll> "quoted" ]]> end'


@pytest.fixture(autouse=True)
def _real_address(settings):
    settings.SITE_URL = SITE


@pytest.fixture
def content():
    """One public and one hidden item of every kind a feed lists; the public ones carry hostile text."""
    theme = ThemeFactory(slug="autism")
    post = PostFactory(title_bg=HOSTILE, title_en=HOSTILE, summary_en=HOSTILE)
    post.tags.add("co-operatives")
    PostFactory(status="draft", title_en="Draft news", title_bg="Чернова")
    practice = PracticeFactory(title_en=HOSTILE, title_bg=HOSTILE, country="IT")
    practice.themes.add(theme)
    PracticeFactory(status="draft", title_en="Draft practice", title_bg="Чернова", country="IT")
    DocumentFactory(title_en=HOSTILE, title_bg=HOSTILE)
    FilmFactory(title_en=HOSTILE, title_bg=HOSTILE)
    FilmFactory(status="draft", title_en="Draft film", title_bg="Чернова")
    event = EventFactory(title_en=HOSTILE, title_bg=HOSTILE, event_type=EventType.TRAINING)
    EventFactory(status="draft", title_en="Draft event", title_bg="Чернова", event_type=EventType.TRAINING)
    event_services.update_session(session=SessionFactory(day=ProgrammeDayFactory(event=event)), is_cancelled=True)
    thread = ThreadFactory(title=HOSTILE)
    ForumPostFactory(discussion=thread, body=HOSTILE)
    ForumPostFactory(discussion=thread, body="Hidden words", is_hidden=True, hidden_at=timezone.now())
    SentIssueFactory(subject_bg=HOSTILE, subject_en=HOSTILE)
    CallFactory(title_bg=HOSTILE, title_en=HOSTILE, summary_en=HOSTILE)
    CallFactory(status="pending", title_en="Draft call", title_bg="Чернова")
    return {"event": event, "thread": thread}


def feeds(content):
    """(url name, kwargs) of every feed."""
    return [
        ("news:feed", {}),
        ("news:tag-feed", {"tag": "co-operatives"}),
        ("practices:practice-feed", {}),
        ("practices:country-feed", {"code": "IT"}),
        ("practices:theme-feed", {"slug": "autism"}),
        ("practices:document-feed", {}),
        ("films:film-feed", {}),
        ("events:event-feed", {}),
        ("events:type-feed", {"event_type": "training"}),
        ("events:change-feed", {"slug": content["event"].slug}),
        ("forum:category-feed", {"slug": content["thread"].category.slug}),
        ("forum:thread-feed", {"pk": content["thread"].pk}),
        ("newsletter:issue-feed", {}),
        ("initiatives:feed", {}),
    ]


def check_atom(xml):
    """RFC 4287 §4.1: a feed has id, title, updated, an author (or every entry has one) and a self link; an
    entry has id, title, updated and an alternate link."""
    root = etree.fromstring(xml)
    assert root.tag == f"{ATOM}feed"
    for name in ("id", "title", "updated"):
        assert root.find(f"{ATOM}{name}") is not None, name
    assert root.find(f"{ATOM}author/{ATOM}name") is not None
    assert root.find(f"{ATOM}link[@rel='self']") is not None
    for entry in root.iter(f"{ATOM}entry"):
        for name in ("id", "title", "updated"):
            assert entry.find(f"{ATOM}{name}") is not None, name
        assert entry.find(f"{ATOM}link[@rel='alternate']") is not None


def check_rss(xml):
    """RSS 2.0: a channel with title, link and description; each item with a title or a description."""
    root = etree.fromstring(xml)
    assert (root.tag, root.get("version")) == ("rss", "2.0")
    channel = root.find("channel")
    for name in ("title", "link", "description"):
        assert channel.find(name) is not None, name
    for item in channel.iter("item"):
        assert item.find("title") is not None or item.find("description") is not None
        assert item.find("guid") is not None


@pytest.mark.parametrize("language", ["bg", "en"])
@pytest.mark.parametrize("form", ["atom", "rss"])
def test_every_feed_parses_and_follows_its_specification(client, content, language, form):
    for name, kwargs in feeds(content):
        with translation.override(language):
            url = reverse(name if form == "atom" else f"{name}-rss", kwargs=kwargs)
        response = client.get(url)

        assert response.status_code == 200, url
        assert response["Content-Type"].startswith(f"application/{form}+xml"), url
        parsed = feedparser.parse(response.content)
        assert not parsed.bozo, (url, parsed.get("bozo_exception"))
        assert parsed.feed.language == language
        assert parsed.feed.link.startswith(f"{SITE}/{language}/"), url
        assert parsed.entries, url
        for entry in parsed.entries:
            assert entry.link.startswith(f"{SITE}/{language}/"), url
            assert entry.id
            assert "Draft" not in entry.title and "Чернова" not in entry.title
        (check_atom if form == "atom" else check_rss)(response.content)


@pytest.mark.parametrize("form", ["atom", "rss"])
def test_hostile_text_is_escaped_and_read_back_whole(client, content, form):
    suffix = "" if form == "atom" else "rss/"

    for url in [f"/en/news/feed/{suffix}", f"/en/practices/feed/{suffix}", f"/en/films/feed/{suffix}"]:
        parsed = feedparser.parse(client.get(url).content)
        assert [entry.title for entry in parsed.entries] == [HOSTILE], url


def test_entry_ids_stay_the_same_between_requests(client, content):
    first = [entry.id for entry in feedparser.parse(client.get("/en/practices/feed/").content).entries]
    second = [entry.id for entry in feedparser.parse(client.get("/en/practices/feed/").content).entries]

    assert first == second


def test_a_thread_feed_leaves_hidden_posts_out(client, content):
    parsed = feedparser.parse(client.get(f"/en/forum/threads/{content['thread'].pk}/feed/").content)

    assert len(parsed.entries) == 1
    assert "Hidden words" not in client.get(f"/en/forum/threads/{content['thread'].pk}/feed/rss/").content.decode()


def test_feeds_of_unknown_things_are_not_found(client):
    for url in [
        "/en/practices/countries/XX/feed/",
        "/en/practices/themes/nothing/feed/",
        "/en/events/types/party/feed/",
    ]:
        assert client.get(url).status_code == 404, url


def test_news_tag_feed_lists_only_that_tag(client):
    PostFactory(title_en="Tagged").tags.add("co-operatives")
    PostFactory(title_en="Untagged")

    parsed = feedparser.parse(client.get("/en/news/tags/co-operatives/feed/").content)

    assert [entry.title for entry in parsed.entries] == ["Tagged"]


@pytest.mark.parametrize("language", ["bg", "en"])
def test_pages_announce_their_feeds_in_both_forms(client, content, language):
    pages = {
        f"/{language}/news/": "news/feed/",
        f"/{language}/news/?tag=co-operatives": "news/tags/co-operatives/feed/",
        f"/{language}/practices/": "practices/feed/",
        f"/{language}/practices/?country=IT": "practices/countries/IT/feed/",
        f"/{language}/practices/?theme=autism": "practices/themes/autism/feed/",
        f"/{language}/documents/": "documents/feed/",
        f"/{language}/films/": "films/feed/",
        f"/{language}/events/": "events/feed/",
        f"/{language}/events/?type=training": "events/types/training/feed/",
        f"/{language}/forum/{content['thread'].category.slug}/": f"forum/{content['thread'].category.slug}/feed/",
        f"/{language}/forum/threads/{content['thread'].pk}/": f"forum/threads/{content['thread'].pk}/feed/",
        f"/{language}/newsletter/archive/": "newsletter/archive/feed/",
    }
    for page, feed in pages.items():
        html = client.get(page).content.decode()
        assert '<link rel="alternate" type="application/atom+xml"' in html, page
        assert f'href="/{language}/{feed}">' in html, page
        assert 'type="application/rss+xml" title="' in html and f'href="/{language}/{feed}rss/">' in html, page
