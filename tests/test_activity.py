"""Activity at a glance: anonymous tallies of readings and plays, and the moderators' weekly charts (core.activity)."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from core.activity import ACTIVITY_SERIES, counter_for, most_counted, weekly_counts
from core.enums import PublicationStatus
from core.models import Tally
from tests.factories.films import FilmFactory
from tests.factories.forum import PostFactory
from tests.factories.practices import PracticeFactory

pytestmark = pytest.mark.django_db

SOFIA = ZoneInfo("Europe/Sofia")
THURSDAY = date(2026, 11, 26)  # the last of twelve weeks starts on Monday 23 November 2026


def series(key):
    return ACTIVITY_SERIES.as_dict()[key]


def count_url(kind, pk):
    return reverse("count", args=[kind, pk])


def test_a_reading_adds_one_to_the_days_tally_and_nothing_else(client):
    practice = PracticeFactory()

    first = client.post(count_url("practice-view", practice.pk))
    second = client.post(count_url("practice-view", practice.pk))

    assert (first.status_code, second.status_code) == (204, 204)
    tally = Tally.objects.get()
    assert (tally.kind, tally.object_id, tally.count) == ("practice-view", practice.pk, 2)
    assert "sessionid" not in first.cookies and "csrftoken" not in first.cookies


@pytest.mark.parametrize("kind", ["practice-view", "film-play"])
def test_drafts_and_unknown_kinds_are_not_counted(client, kind):
    draft = (PracticeFactory if kind == "practice-view" else FilmFactory)(status=PublicationStatus.DRAFT)

    assert client.post(count_url(kind, draft.pk)).status_code == 404
    assert client.post(count_url("everything", draft.pk)).status_code == 404
    assert client.get(count_url(kind, draft.pk)).status_code == 405
    assert not Tally.objects.exists()


def test_one_address_counting_in_a_loop_is_refused(client, one_throttle_window):
    practice = PracticeFactory()

    answers = [client.post(count_url("practice-view", practice.pk)).status_code for _ in range(61)]

    assert answers[:60] == [204] * 60
    assert answers[60] == 429
    assert Tally.objects.get().count == 60


@pytest.mark.parametrize("language", ["bg", "en"])
def test_practice_and_film_pages_ask_to_be_counted(client, language):
    practice = PracticeFactory()
    film = FilmFactory()

    practice_page = client.get(f"/{language}/practices/{practice.slug}/").content.decode()
    film_page = client.get(film.get_absolute_url().replace("/bg/", f"/{language}/")).content.decode()

    assert f'data-count-url="{count_url("practice-view", practice.pk)}"' in practice_page
    assert f'data-count-url="{count_url("film-play", film.pk)}"' in film_page
    assert "js/count.js" in practice_page


def test_weeks_are_sofia_weeks_with_empty_weeks_kept():
    # Monday 00:30 in Sofia is still Sunday in UTC: it belongs to the week that starts that Monday.
    PostFactory(created_at=datetime(2026, 11, 23, 0, 30, tzinfo=SOFIA))
    PostFactory(created_at=datetime(2026, 11, 22, 23, 30, tzinfo=SOFIA))
    PostFactory(created_at=datetime(2026, 11, 2, 12, 0, tzinfo=SOFIA))
    PostFactory(created_at=datetime(2026, 8, 1, 12, 0, tzinfo=SOFIA))  # before the twelve weeks

    counts = weekly_counts(series("forum.posts"), today=THURSDAY)

    assert len(counts) == 12
    assert counts[0][0] == date(2026, 9, 7)
    assert counts[-1] == (date(2026, 11, 23), 1)
    assert counts[-2] == (date(2026, 11, 16), 1)
    assert dict(counts)[date(2026, 11, 2)] == 1
    assert sum(count for _week, count in counts) == 3


def test_plays_are_summed_per_week_and_the_most_played_come_first():
    often, seldom = FilmFactory(), FilmFactory()
    hidden = FilmFactory(status=PublicationStatus.DRAFT)
    film_play = counter_for("film-play")
    Tally.objects.bulk_create(
        [
            play(often, THURSDAY, 5),
            play(often, date(2026, 11, 20), 2),
            play(seldom, THURSDAY, 1),
            play(hidden, THURSDAY, 9),
        ]
    )

    counts = dict(weekly_counts(series("films.films-played"), today=THURSDAY))
    ranked = most_counted(film_play, today=THURSDAY)

    assert counts[date(2026, 11, 23)] == 15
    assert counts[date(2026, 11, 16)] == 2
    assert ranked == [(often, 7), (seldom, 1)]


def play(film, day, count):
    return Tally(
        kind="film-play", content_type=ContentType.objects.get_for_model(film), object_id=film.pk, day=day, count=count
    )


@pytest.mark.parametrize("language", ["bg", "en"])
def test_moderators_see_each_week_as_a_chart_and_a_table(moderator_client, language):
    read = PracticeFactory(title_en="Housing First", title_bg="Първо жилище")
    moderator_client.post(count_url("practice-view", read.pk))
    PostFactory()

    page = moderator_client.get(reverse("admin-activity"), HTTP_ACCEPT_LANGUAGE=language)

    html = page.content.decode()
    assert page.status_code == 200
    expected = {
        "bg": ["Поглед върху активността", "Нови практики", "Най-четени практики", "Първо жилище"],
        "en": ["Activity at a glance", "New practices", "Most-read practices", "Housing First"],
    }[language]
    for text in expected:
        assert text in html
    assert html.count('<svg class="activity__chart"') == len(list(ACTIVITY_SERIES))
    assert html.count('class="activity__table"') == len(list(ACTIVITY_SERIES)) + 1  # and the most-read table
    assert read.get_absolute_url().replace("/bg/", "/en/" if language == "en" else "/bg/") in html


def test_organisers_and_participants_are_refused(organiser_client, participant, client):
    assert organiser_client.get(reverse("admin-activity")).status_code == 403

    client.force_login(participant)
    answer = client.get(reverse("admin-activity"))

    assert answer.status_code == 302 and "/login/" in answer["Location"]


def test_moderators_index_links_the_activity_page(moderator_client):
    assert reverse("admin-activity") in moderator_client.get(reverse("admin:index")).content.decode()


@pytest.mark.parametrize("rows", [1, 8])
def test_the_activity_page_runs_the_same_queries_however_much_happened(
    moderator_client, django_assert_num_queries, rows
):
    for _ in range(rows):
        practice = PracticeFactory()
        PostFactory()
        moderator_client.post(count_url("practice-view", practice.pk))
    moderator_client.get(reverse("admin-activity"))  # content types, permissions and site settings are cached then
    # two-factor, the admin's permission checks and sidebar (the user is cached); one per weekly series; two per
    # counter (tallies, their objects)
    with django_assert_num_queries(15):
        moderator_client.get(reverse("admin-activity"))
