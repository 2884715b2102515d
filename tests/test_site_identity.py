"""The site knows its name and its address: the Sites row follows SITE_URL, `make run` on another port names that
port, and every absolute address in pages, feeds, the sitemap, exports and e-mails starts with SITE_URL."""

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.sites.models import Site
from django.core import mail
from django.test import override_settings

from core.sites import sync_site
from events.enums import ChangeKind
from events.models import ProgrammeChange
from tests.factories.events import EventFactory, SessionRoleFactory
from tests.factories.forum import PostFactory as ForumPostFactory
from tests.factories.forum import ThreadFactory
from tests.factories.portal import PostFactory, VerifiedUserFactory
from tests.factories.practices import PracticeFactory

pytestmark = pytest.mark.django_db

SITE = "https://portal.example.bg"
ROOT = Path(__file__).resolve().parent.parent


def test_migrate_writes_the_site_url_and_name_into_the_sites_row():
    site = Site.objects.get(pk=settings.SITE_ID)

    assert site.domain == settings.SITE_URL.split("://", 1)[1]
    assert site.name == "Портал за социални иновации"
    assert site.domain != "example.com"


def test_the_sites_row_follows_a_changed_site_url():
    with override_settings(SITE_URL=SITE):
        sync_site()

        assert Site.objects.get_current().domain == "portal.example.bg"


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
def test_make_run_on_another_port_names_that_port_in_every_address():
    commands = subprocess.run(
        ["make", "-n", "run", "PORT=8841"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout

    (runserver,) = [line for line in commands.splitlines() if "runserver" in line]
    (migrate,) = [line for line in commands.splitlines() if "manage.py migrate" in line]
    for line in (runserver, migrate):
        assert "SITE_URL=${SITE_URL:-http://127.0.0.1:8841}" in line
    assert runserver.endswith("runserver 127.0.0.1:8841")


def addresses(text, *patterns):
    """Every address the patterns capture."""
    return [match for pattern in patterns for match in re.findall(pattern, text)]


@pytest.fixture
def site_content():
    event = EventFactory(slug="forum-2026", is_online=True, online_url="https://meet.example.org/room")
    role = SessionRoleFactory(session__day__event=event, person__slug="ana")
    ProgrammeChange.objects.create(
        event=event,
        session=role.session,
        kind=ChangeKind.MOVED,
        description_bg="Премества се.",
        description_en="Moves.",
    )
    PracticeFactory(slug="care")
    PostFactory(slug="closing")
    thread = ThreadFactory()
    ForumPostFactory(discussion=thread)
    return event


PAGE_LINKS = (
    r'<link rel="canonical" href="([^"]+)"',
    r'<link rel="alternate" hreflang="[^"]+" href="([^"]+)"',
    r'<meta property="og:(?:url|image)" content="([^"]+)"',
)


@override_settings(SITE_URL=SITE)
@pytest.mark.parametrize("language", ["bg", "en"])
def test_every_absolute_address_starts_with_site_url(
    client, site_content, language, django_capture_on_commit_callbacks
):
    event = site_content
    found = []
    for path in (f"/{language}/", f"/{language}/practices/care/", f"/{language}/events/forum-2026/"):
        found += addresses(client.get(path).content.decode(), *PAGE_LINKS)
    for path in (f"/{language}/news/feed/", f"/{language}/events/forum-2026/changes/feed/"):
        found += addresses(client.get(path).content.decode(), r'<link href="([^"]+)"', r"<id>([^<]+)</id>")
    found += addresses(client.get("/sitemap.xml").content.decode(), r"<loc>([^<]+)</loc>", r'href="([^"]+)"')
    programme = json.loads(client.get(f"/{language}/events/forum-2026/programme.json").content)
    found += [programme["event"]["url"]] + [
        url for day in programme["days"] for session in day["sessions"] for url in [session["url"]]
    ]
    found += addresses(client.get(f"/{language}/events/forum-2026/schedule.xml").content.decode(), r"<url>([^<]+)<")
    ical = client.get(f"/{language}/events/forum-2026/calendar.ics").content.decode().replace("\r\n ", "")
    found += addresses(ical, r"URL:(\S+)")
    client.force_login(VerifiedUserFactory())
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/{language}/events/forum-2026/register/", {"organisation": ""})
    found += addresses(mail.outbox[-1].body, r"(https?://[^\s)]+)")

    assert len(found) > 20
    outside = [url for url in found if not url.startswith(f"{SITE}/") and url != event.online_url]
    assert outside == []
    assert f"{SITE}/{language}/events/forum-2026/changes/feed/" in found
