"""The home page: the competence centre's front door, its sections in both languages, its numbers and its cache."""

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from core.enums import PublicationStatus
from directory.models import Organisation
from portal.home import BAR_MAX
from portal.models import SiteSettings
from tests.factories.events import EventFactory
from tests.factories.films import FilmFactory, SubtitleTrackFactory
from tests.factories.forum import PostFactory as ForumPostFactory
from tests.factories.initiatives import CallFactory
from tests.factories.portal import OrganisationFactory, VerifiedUserFactory
from tests.factories.portal import PostFactory as NewsPostFactory
from tests.factories.practices import PracticeFactory

pytestmark = pytest.mark.django_db


def feature(*practices):
    SiteSettings.load().featured_practices.add(*practices)


def arrange_home(size):
    """`size` of each thing the home page lists or counts."""
    for index in range(size):
        practice = PracticeFactory(country=["IT", "BG", "PL"][index % 3])
        feature(practice)
        EventFactory()
        SubtitleTrackFactory(film=FilmFactory(), language="en")
        ForumPostFactory()
        NewsPostFactory()
        OrganisationFactory()
        CallFactory()


@pytest.mark.parametrize(
    ("language", "texts"),
    [
        (
            "bg",
            [
                "Избрани практики",
                "Избрана практика",
                "Предстоящи събития",
                "Бъдеща среща",
                "Най-нови филми",
                "Нов филм",
                "Субтитри: Английски",
                "Последни обсъждания",
                "Последни новини",
                "Порталът в числа",
                "Италия",
            ],
        ),
        (
            "en",
            [
                "Featured practices",
                "Chosen practice",
                "Next events",
                "Future meeting",
                "Newest films",
                "New film",
                "Subtitles: English",
                "Latest discussions",
                "Latest news",
                "The portal in numbers",
                "Italy",
            ],
        ),
    ],
)
def test_home_shows_what_moderators_feature_and_what_is_new_in_the_page_language(client, language, texts):
    feature(PracticeFactory(title_bg="Избрана практика", title_en="Chosen practice", country="IT"))
    PracticeFactory(title_bg="Обикновена практика", title_en="Ordinary practice")
    EventFactory(title_bg="Бъдеща среща", title_en="Future meeting")
    EventFactory(
        title_bg="Минала среща",
        title_en="Past meeting",
        start=timezone.now() - timedelta(days=9),
        end=timezone.now() - timedelta(days=8),
    )
    SubtitleTrackFactory(film=FilmFactory(title_bg="Нов филм", title_en="New film"), language="en")
    ForumPostFactory()
    NewsPostFactory()

    html = " ".join(client.get(f"/{language}/").content.decode().split())

    for text in texts:
        assert text in html, text
    for absent in ("Обикновена практика", "Ordinary practice", "Минала среща", "Past meeting"):
        assert absent not in html


def test_a_featured_practice_that_is_unpublished_leaves_the_home_page(client):
    practice = PracticeFactory(title_en="Withdrawn practice", status="draft")
    feature(practice)

    assert "Withdrawn practice" not in client.get("/en/").content.decode()


def test_moderator_features_a_practice_from_the_site_settings(moderator_client, client):
    practice = PracticeFactory(title_en="Practice of the month")

    response = moderator_client.post(
        reverse("admin:portal_sitesettings_change", args=[SiteSettings.load().pk]),
        {"content_licence": "CC-BY-4.0", "featured_practices": [practice.pk]},
    )

    assert response.status_code == 302
    assert "Practice of the month" in client.get("/en/").content.decode()


def test_numbers_are_a_chart_and_the_same_numbers_as_a_table(client):
    PracticeFactory.create_batch(4, country="IT")
    PracticeFactory(country="PT")
    FilmFactory.create_batch(2)
    FilmFactory(status=PublicationStatus.DRAFT)
    VerifiedUserFactory.create_batch(3)
    VerifiedUserFactory(is_active=False)
    organisations = Organisation.objects.count()

    html = client.get("/en/").content.decode()

    assert "5 practices" in html and "2 films" in html
    assert f"{organisations} organisations" in html and "3 members" in html
    chart = re.search(r'<svg class="home-chart__svg".*?</svg>', html, re.S).group(0)
    assert 'role="img"' in chart
    assert re.findall(r'<rect class="home-chart__bar"[^>]*width="(\d+)"', chart) == [str(BAR_MAX), str(BAR_MAX // 4)]
    assert re.findall(r">(\d+)</text>", chart) == ["4", "1"]
    table = re.search(r'<table class="home-chart__table">.*?</table>', html, re.S).group(0)
    assert re.findall(r'<th scope="row">([^<]+)</th><td>(\d+)</td>', table) == [("Italy", "4"), ("Portugal", "1")]

    # The counts are read once for both languages; the Bulgarian page names the countries in Bulgarian.
    bulgarian = client.get("/bg/").content.decode()
    table = re.search(r'<table class="home-chart__table">.*?</table>', bulgarian, re.S).group(0)
    assert re.findall(r'<th scope="row">([^<]+)</th><td>(\d+)</td>', table) == [("Италия", "4"), ("Португалия", "1")]


def test_anonymous_readers_get_the_cached_page_until_something_it_shows_changes(
    client, django_assert_num_queries, django_capture_on_commit_callbacks
):
    client.get("/en/")

    with django_assert_num_queries(0):
        client.get("/en/")
    with django_capture_on_commit_callbacks(execute=True):
        NewsPostFactory(title_en="Fresh announcement")

    assert "Fresh announcement" in client.get("/en/").content.decode()


@pytest.mark.parametrize("size", [1, 6])
def test_anonymous_home_runs_a_fixed_number_of_queries(client, django_assert_num_queries, size):
    arrange_home(size)

    # site settings; featured practices; news; one query for the practices' themes, the news items' tags, the
    # practices by country and the films, organisations and members counted; next events; films and their tracks;
    # discussions; open calls (the site settings row of the footer is the view's, read once and kept in the cache)
    with django_assert_num_queries(8):
        assert client.get("/bg/").status_code == 200


@pytest.mark.parametrize("size", [1, 6])
def test_signed_in_home_runs_a_fixed_number_of_queries(moderator_client, django_assert_num_queries, size):
    arrange_home(size)
    moderator_client.get("/bg/")  # the reader, the personal part and the site settings are cached then

    # the English content as the anonymous page reads it, less the site settings
    with django_assert_num_queries(8):
        assert moderator_client.get("/en/").status_code == 200


@pytest.mark.parametrize("size", [1, 6])
def test_signed_in_home_reads_only_the_visitor_once_its_fragment_is_warm(
    client, django_assert_num_queries, participant, size
):
    arrange_home(size)
    client.force_login(participant)

    # Cold: the visitor and their personal facts, then the content as an anonymous reader reads it.
    with django_assert_num_queries(10):
        client.get("/bg/")
    # Warm: nothing; the visitor comes from the cache, the content is the shared fragment home.
    with django_assert_num_queries(0):
        html = client.get("/bg/").content.decode()
    assert html.count('<article class="practice-card">') == size
    assert "Порталът в числа" in html
