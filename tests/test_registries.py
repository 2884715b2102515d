"""Apps join the shell's registries themselves, from their own AppConfig.ready(): every area with public pages
is searchable and in the sitemap, in a fixed order, and a new app needs nothing but a line in INSTALLED_APPS."""

import ast
import re
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings

from core.search import SEARCH_SOURCES
from core.sitemaps import SITEMAPS
from tests.factories.events import EventFactory, SessionFactory, SessionRoleFactory
from tests.factories.films import FilmFactory
from tests.factories.forum import PostFactory as ForumPostFactory
from tests.factories.forum import ThreadFactory
from tests.factories.portal import OrganisationFactory, PostFactory, ProjectFactory
from tests.factories.practices import DocumentFactory, PracticeFactory

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parent.parent
APPS_WITH_PUBLIC_PAGES = {"directory", "news", "practices", "films", "forum", "events"}


def test_every_app_with_public_pages_contributes_a_search_source():
    assert APPS_WITH_PUBLIC_PAGES - SEARCH_SOURCES.apps() == set()


def test_every_app_with_public_pages_contributes_a_sitemap():
    assert APPS_WITH_PUBLIC_PAGES - SITEMAPS.apps() == set()


def test_home_page_points_feed_readers_at_the_site_wide_feeds(client):
    html = client.get("/bg/").content.decode()

    assert (
        '<link rel="alternate" type="application/atom+xml" title="Абонамент за новини" href="/bg/news/feed/">' in html
    )


def test_search_finds_every_area_and_counts_them_by_type(client):
    OrganisationFactory(name_en="Mosaic centre")
    ProjectFactory(title_en="Mosaic project")
    PostFactory(title_en="Mosaic news")
    PracticeFactory(title_en="Mosaic practice")
    DocumentFactory(title_en="Mosaic document")
    EventFactory(title_en="Mosaic conference")
    FilmFactory(title_en="Mosaic film")
    ForumPostFactory(discussion=ThreadFactory(title="Mosaic thread"))
    call_command("rebuild_search_index", stdout=StringIO())

    response = client.get("/en/search/", {"q": "mosaic"})

    (_name, _heading, types) = response.context["facets"][0]
    assert sorted(option["label"] for option in types) == [
        "Document",
        "Event",
        "Film",
        "Forum thread",
        "Funded project",
        "News",
        "Organisation",
        "Practice",
    ]


def test_sitemap_lists_the_areas_in_a_fixed_order(client):
    organisation = OrganisationFactory(slug="iriss")
    ProjectFactory(slug="fuse", lead_organisation=organisation)
    PostFactory(slug="closing")
    PracticeFactory(slug="citta", source_organisation=organisation)
    DocumentFactory(slug="guide", publisher=organisation)
    FilmFactory(slug="young-and-old")
    event = EventFactory(slug="forum-2026", organiser=organisation)
    role = SessionRoleFactory(session__day__event=event, person__slug="ana", person__organisation=organisation)
    thread = ThreadFactory(category__slug="practice-talk")
    ForumPostFactory(discussion=thread)

    xml = client.get("/sitemap.xml").content.decode()

    english = re.findall(r"<loc>http://127\.0\.0\.1:8000(/en/[^<]*)</loc>", xml)
    assert english == [
        "/en/",
        "/en/news/",
        "/en/organisations/",
        "/en/projects/",
        "/en/readiness/",
        "/en/exchange/",
        "/en/organisations/iriss/",
        "/en/projects/fuse/",
        "/en/news/closing/",
        "/en/practices/citta/",
        "/en/documents/guide/",
        "/en/films/young-and-old/",
        "/en/events/forum-2026/",
        f"/en/events/forum-2026/sessions/{role.session.pk}/",
        "/en/events/people/ana/",
        "/en/forum/practice-talk/",
        f"/en/forum/threads/{thread.pk}/",
    ]


def test_sitemap_leaves_out_draft_events_and_threads_waiting_for_approval(client):
    draft_role = SessionRoleFactory(session__day__event__slug="draft-meeting", session__day__event__status="draft")
    waiting = ThreadFactory()
    ForumPostFactory(discussion=waiting, is_held=True)

    xml = client.get("/sitemap.xml").content.decode()

    assert "draft-meeting" not in xml
    assert f"/sessions/{draft_role.session.pk}/" not in xml
    assert f"/people/{draft_role.person.slug}/" not in xml
    assert f"/threads/{waiting.pk}/" not in xml


def test_practice_page_shows_its_films_then_the_events_that_presented_it(client):
    practice = PracticeFactory()
    FilmFactory(title_en="The film of the practice", practices=[practice])
    session = SessionFactory(day__event__title_en="The conference that presented it")
    session.practices.add(practice)

    html = client.get(f"/en/practices/{practice.slug}/").content.decode()

    assert html.index("The film of the practice") < html.index("The conference that presented it")


def test_film_page_lists_the_public_events_that_showed_it(client):
    film = FilmFactory()
    shown = SessionFactory(day__event__title_en="Festival that showed it")
    shown.films.add(film)
    draft = SessionFactory(day__event__title_en="Draft festival", day__event__status="draft")
    draft.films.add(film)

    html = client.get(f"/en/films/{film.slug}/").content.decode()

    assert "<dt>Shown at</dt>" in html
    assert "Festival that showed it" in html
    assert "Draft festival" not in html


def test_a_new_app_joins_search_and_sitemap_by_being_installed(client):
    with override_settings(INSTALLED_APPS=[*settings.INSTALLED_APPS, "tests.newcomer_app"]):
        call_command("rebuild_search_index", stdout=StringIO())
        html = client.get("/en/search/", {"q": "centre"}).content.decode()
        xml = client.get("/sitemap.xml").content.decode()
    call_command("rebuild_search_index", stdout=StringIO())
    html_without = client.get("/en/search/", {"q": "centre"}).content.decode()

    assert '<a href="/en/newcomer/">Newcomer <mark>centre</mark></a>' in html
    assert "<loc>http://127.0.0.1:8000/en/newcomer/</loc>" in xml
    assert "Newcomer" not in html_without


def test_a_new_app_adds_a_section_to_the_signed_in_users_own_profile_page(client, django_user_model):
    user = django_user_model.objects.create_user("ana", "ana@example.org", "a long enough password")
    client.force_login(user)
    with override_settings(INSTALLED_APPS=[*settings.INSTALLED_APPS, "tests.newcomer_app"]):
        html = client.get("/en/profile/").content.decode()
    html_without = client.get("/en/profile/").content.decode()

    assert "<h2>Newcomer section</h2>" in html
    assert "<p>Newcomer greets ana</p>" in html
    assert "Newcomer" not in html_without


def imported_modules(folder):
    """Top-level names of every module imported anywhere under `folder` (migrations left out)."""
    names = set()
    for path in (ROOT / folder).rglob("*.py"):
        if "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Import):
                names |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                names.add(node.module.split(".")[0])
    return names


PROJECT_APPS = ["core", "directory", "forum", "news", "practices", "films", "events", "portal"]


def test_the_ground_floor_imports_no_app():
    assert imported_modules("core") & set(PROJECT_APPS) == {"core"}


@pytest.mark.parametrize("app", ["directory", "forum", "news", "practices", "films", "events"])
def test_no_app_imports_the_shell(app):
    assert "portal" not in imported_modules(app)


def test_films_do_not_import_events_above_them():
    assert "events" not in imported_modules("films")
