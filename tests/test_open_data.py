"""The lists as open data: CSV and JSON downloads following the list pages' filters, codebooks, the licence."""

import csv
import io

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.opendata import DATASETS, find_dataset
from portal.enums import ContentLicence
from portal.models import SiteSettings
from tests.factories.practices import PracticeFactory
from tests.opendata_world import MAKERS, build_world, public_and_hidden_keys

pytestmark = pytest.mark.django_db
NAMES = [dataset.name for dataset in DATASETS]


@pytest.fixture
def world(db):
    return build_world()


def csv_rows(response):
    body = b"".join(response.streaming_content).decode("utf-8")
    assert body.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(body[1:])))


def keys(rows, dataset):
    return [str(row[find_dataset(dataset).key]) for row in rows]


def test_every_public_list_is_a_dataset():
    assert NAMES == [
        "organisations",
        "projects",
        "practices",
        "documents",
        "films",
        "events",
        "sessions",
        "people",
        "services",
    ]


@pytest.mark.parametrize("name", NAMES)
def test_csv_lists_public_rows_only_with_every_column(client, world, name):
    listed, hidden = public_and_hidden_keys(world)[name]

    response = client.get(f"/bg/data/{name}.csv")

    rows = csv_rows(response)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert list(rows[0]) == [column.name for column in find_dataset(name).columns]
    assert listed in keys(rows, name)
    assert hidden not in keys(rows, name)


@pytest.mark.parametrize("name", NAMES)
def test_json_lists_public_rows_only_and_names_the_licence(client, world, name):
    listed, hidden = public_and_hidden_keys(world)[name]

    data = client.get(f"/en/data/{name}.json").json()

    assert data["licence"] == {
        "identifier": "CC-BY-4.0",
        "name": "Creative Commons Attribution 4.0 International (CC BY 4.0)",
        "url": "https://creativecommons.org/licenses/by/4.0/",
    }
    assert data["codebook"] == f"{settings.SITE_URL}/en/data/{name}/"
    assert data["count"] == len(data["results"])
    assert listed in [str(row[find_dataset(name).key]) for row in data["results"]]
    assert hidden not in [str(row[find_dataset(name).key]) for row in data["results"]]


def test_practice_download_carries_the_case_template_and_adaptation_in_both_languages(client, world):
    rows = csv_rows(client.get("/bg/data/practices.csv"))

    (row,) = [row for row in rows if row["slug"] == "pathways"]
    assert row["problem_bg"] == "Малко хора с увреждания работят."
    assert row["adaptation_barriers_en"] == "Uncertain funding."
    assert row["title_bg"] == "Пътеки към работа"
    assert row["title_en"] == "Pathways to work"
    assert row["source_organisation"] == "glasgow-works"
    assert row["project"] == "si-plus"
    assert row["themes"] == "employment"
    assert row["url"] == f"{settings.SITE_URL}/bg/practices/pathways/"


@pytest.mark.parametrize(("language", "country"), [("bg", "Великобритания"), ("en", "United Kingdom")])
def test_names_and_addresses_follow_the_language_of_the_download(client, world, language, country):
    data = client.get(f"/{language}/data/practices.json").json()

    (row,) = [row for row in data["results"] if row["slug"] == "pathways"]
    assert row["country_name"] == country
    assert row["url"] == f"{settings.SITE_URL}/{language}/practices/pathways/"
    assert data["language"] == language


def test_downloads_follow_the_filters_of_the_list_page(client, world):
    PracticeFactory(slug="in-italy", country="IT")

    rows = csv_rows(client.get("/bg/data/practices.csv", {"country": "IT", "page": "2"}))
    data = client.get("/en/data/practices.json", {"country": "IT", "theme": "no-such-theme!", "sort": "x"}).json()

    assert keys(rows, "practices") == ["in-italy"]
    assert [row["slug"] for row in data["results"]] == ["in-italy"]
    assert data["filters"] == {"country": "IT"}


def test_film_rows_name_the_languages_of_approved_subtitles_only(client, world):
    data = client.get("/en/data/films.json").json()

    (row,) = [row for row in data["results"] if row["slug"] == "pathways-film"]
    assert row["subtitle_languages"] == ["bg", "en"]
    assert row["practices"] == ["pathways"]


def test_session_rows_name_their_people_and_only_published_practices(client, world):
    data = client.get("/en/data/sessions.json", {"event": "closing-conference"}).json()

    assert [row["title_en"] for row in data["results"]] == ["Mentoring at work"]
    assert data["results"][0]["people"] == ["moderator:maria-ivanova"]
    assert data["results"][0]["practices"] == ["pathways"]


def test_event_downloads_from_the_archive_hold_past_events_only(client, world):
    from datetime import timedelta

    from django.utils import timezone

    from tests.factories.events import EventFactory

    long_ago = timezone.now() - timedelta(days=400)
    EventFactory(slug="last-year", start=long_ago, end=long_ago + timedelta(hours=3))

    past = client.get("/en/data/events.json", {"period": "past"}).json()
    upcoming = client.get("/en/data/events.json", {"period": "upcoming"}).json()

    assert [row["slug"] for row in past["results"]] == ["last-year"]
    assert [row["slug"] for row in upcoming["results"]] == ["closing-conference"]


def test_csv_cells_that_would_run_as_formulas_are_neutralised(client):
    PracticeFactory(title_en='=HYPERLINK("https://evil.example")', summary_bg="-Кратко")

    (row,) = csv_rows(client.get("/en/data/practices.csv"))

    assert row["title_en"] == '\'=HYPERLINK("https://evil.example")'
    assert row["summary_bg"] == "'-Кратко"


def test_licence_chosen_by_moderators_is_named_by_every_download(client, world):
    SiteSettings.objects.update_or_create(pk=1, defaults={"content_licence": ContentLicence.CC0_1})

    csv_response = client.get("/bg/data/projects.csv")
    data = client.get("/bg/data/projects.json").json()
    codebook = client.get("/bg/data/projects/").content.decode()

    assert '<https://creativecommons.org/publicdomain/zero/1.0/>; rel="license"' in csv_response["Link"]
    assert f'<{settings.SITE_URL}/bg/data/projects/>; rel="describedby"' in csv_response["Link"]
    assert data["licence"]["identifier"] == "CC0-1.0"
    assert 'rel="license" href="https://creativecommons.org/publicdomain/zero/1.0/"' in codebook


def test_moderator_chooses_the_licence_in_the_site_settings(moderator_client):
    from django.urls import reverse

    moderator_client.post(
        reverse("admin:portal_sitesettings_change", args=[SiteSettings.load().pk]),
        {"funding_acknowledgement_bg": "", "funding_acknowledgement_en": "", "content_licence": "CC-BY-SA-4.0"},
    )

    data = moderator_client.get("/en/data/organisations.json").json()
    assert data["licence"]["name"] == "Creative Commons Attribution-ShareAlike 4.0 International (CC BY-SA 4.0)"


@pytest.mark.parametrize(
    ("language", "heading", "meaning", "type_label"),
    [
        ("bg", "Добри практики: кодова книга на отворените данни", "Заглавие, на български.", "текст"),
        ("en", "Good practices: codebook of the open data", "Title, in Bulgarian.", "text"),
    ],
)
def test_codebook_describes_every_column_in_the_page_language(client, language, heading, meaning, type_label):
    content = client.get(f"/{language}/data/practices/").content.decode()

    assert heading in content
    assert all(f"<code>{column.name}</code>" in content for column in find_dataset("practices").columns)
    assert f"<td>{meaning}</td>" in content
    assert f"<td>{type_label}</td>" in content
    # The example of the tags column; an English word on a Bulgarian page says so.
    assert ('<code lang="en">mentoring</code>' if language == "bg" else "<code>mentoring</code>") in content


def test_unknown_dataset_is_not_found(client):
    assert client.get("/en/data/secrets/").status_code == 404
    assert client.get("/en/data/secrets.csv").status_code == 404


@pytest.mark.parametrize(
    ("path", "dataset"),
    [
        ("/bg/practices/", "practices"),
        ("/en/organisations/", "organisations"),
        ("/en/projects/", "projects"),
        ("/bg/documents/", "documents"),
        ("/en/films/", "films"),
        ("/bg/events/", "events"),
        ("/en/services/", "services"),
    ],
)
def test_each_list_page_links_its_downloads_with_its_filters(client, world, path, dataset):
    content = client.get(path, {"page": "1", "country": "GB"}).content.decode()

    language = path[1:3]
    assert f'href="/{language}/data/{dataset}.csv?country=GB' in content
    assert f'href="/{language}/data/{dataset}/"' in content


@pytest.mark.parametrize("name", NAMES)
def test_download_queries_stay_flat_as_rows_grow(client, world, name):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            b"".join(client.get(f"/bg/data/{name}.csv").streaming_content)
            client.get(f"/bg/data/{name}.json")
        return len(captured)

    queries()  # the licence (site settings) is cached from then on
    before = queries()
    for _ in range(4):
        MAKERS[name]()
    after = queries()

    assert after == before


def test_practice_download_reads_a_fixed_number_of_queries(client, world, django_assert_num_queries):
    for _ in range(3):
        MAKERS["practices"]()

    # Site settings (the licence), the practices, then partners, themes, target groups and tags once each.
    with django_assert_num_queries(6):
        b"".join(client.get("/bg/data/practices.csv").streaming_content)


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("bg", "Твърде много изтегляния от вашия адрес за една минута."),
        ("en", "Too many downloads from your address in one minute."),
    ],
)
def test_downloads_beyond_the_limit_wait_with_a_translated_message(
    client, settings, one_throttle_window, language, message
):
    settings.OPEN_DATA_REQUESTS_PER_MINUTE = 2
    for _ in range(2):
        client.get(f"/{language}/data/organisations.json")

    refused = client.get(f"/{language}/data/organisations.csv")

    assert refused.status_code == 429
    assert message in refused.content.decode()
    assert 1 <= int(refused["Retry-After"]) <= 60
