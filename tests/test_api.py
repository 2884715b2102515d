"""The read-only API under /api/v1/: pages, details, ETags, CORS, limits, and its OpenAPI document, which is
checked by openapi-spec-validator and against which schemathesis tests every operation."""

from contextlib import contextmanager

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections, connection
from django.test.utils import CaptureQueriesContext
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate

from core.opendata import DATASETS, find_dataset
from tests.opendata_world import MAKERS, build_world, public_and_hidden_keys

pytestmark = pytest.mark.django_db
NAMES = [dataset.name for dataset in DATASETS]


@pytest.fixture
def world(db):
    return build_world()


def test_openapi_document_is_valid_openapi_3_1(client, world):
    document = client.get("/api/v1/openapi.json", {"lang": "en"}).json()
    in_bulgarian = client.get("/api/v1/openapi.json").json()

    validate(document)  # openapi-spec-validator: raises on any error
    validate(in_bulgarian)
    assert document["openapi"] == "3.1.0"
    assert document["info"]["license"] == {
        "name": "Creative Commons Attribution 4.0 International (CC BY 4.0)",
        "identifier": "CC-BY-4.0",
    }
    assert in_bulgarian["components"]["schemas"]["practices-row"]["properties"]["title_en"]["description"] == (
        "Заглавие, на английски."
    )
    assert {f"/{name}/" for name in NAMES} | {f"/{name}/{{key}}/" for name in NAMES} <= set(document["paths"])


@pytest.mark.parametrize("name", NAMES)
def test_list_shows_public_rows_only_and_fits_its_schema(client, world, name):
    listed, hidden = public_and_hidden_keys(world)[name]
    document = client.get("/api/v1/openapi.json").json()

    response = client.get(f"/api/v1/{name}/", {"page_size": "100"})

    schema = {"$ref": f"#/components/schemas/{name}-page", "components": document["components"]}
    Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER).validate(response.json())
    found = [str(row[find_dataset(name).key]) for row in response.json()["results"]]
    assert listed in found
    assert hidden not in found


@pytest.mark.parametrize("name", NAMES)
def test_detail_refuses_what_is_not_public(client, world, name):
    listed, hidden = public_and_hidden_keys(world)[name]

    shown = client.get(f"/api/v1/{name}/{listed}/")
    refused = client.get(f"/api/v1/{name}/{hidden or 'no-such-row'}/")

    assert shown.status_code == 200
    assert refused.status_code == 404
    assert refused["Content-Type"] == "application/problem+json"
    assert refused.json()["status"] == 404


@pytest.mark.parametrize(("language", "country"), [("bg", "Великобритания"), ("en", "United Kingdom")])
def test_lang_chooses_names_and_addresses_while_texts_come_in_both(client, world, language, country):
    result = client.get("/api/v1/practices/pathways/", {"lang": language}).json()["result"]

    assert result["country_name"] == country
    assert result["url"].endswith(f"/{language}/practices/pathways/")
    assert (result["title_bg"], result["title_en"]) == ("Пътеки към работа", "Pathways to work")


@pytest.mark.parametrize("key", ["abc", "0", "99999999999999999999", "１２"])
def test_session_numbers_that_cannot_exist_are_not_found(client, world, key):
    response = client.get(f"/api/v1/sessions/{key}/")

    assert response.status_code == 404
    assert response.json()["status"] == 404


def test_unknown_language_is_a_bad_request(client, world):
    response = client.get("/api/v1/practices/", {"lang": "fr"})

    assert response.status_code == 400
    assert response.json()["title"] == "Непознат език"  # in the site's default language, as lang could not say


def test_pages_link_to_each_other_and_keep_the_filters(client, world, settings):
    for _ in range(4):
        MAKERS["practices"]()

    first = client.get("/api/v1/practices/", {"page_size": "2", "country": "IT"}).json()
    second = client.get(first["next"].removeprefix(settings.SITE_URL)).json()
    beyond = client.get("/api/v1/practices/", {"page_size": "2", "country": "IT", "page": "9"})

    assert (first["count"], first["pages"], first["previous"]) == (4, 2, None)
    assert "country=IT" in first["next"]
    assert second["page"] == 2
    assert second["next"] is None
    assert beyond.status_code == 404


@pytest.mark.parametrize("value", ["0", "-1", "abc", "1.5", "٣"])
def test_bad_page_numbers_are_refused_with_a_problem(client, world, value):
    response = client.get("/api/v1/films/", {"page": value, "lang": "en"})

    assert response.status_code == 400
    assert response.json()["detail"] == "page must be a whole number, ≥ 1."


def test_unchanged_answer_is_not_sent_again(client, world):
    first = client.get("/api/v1/events/")

    again = client.get("/api/v1/events/", HTTP_IF_NONE_MATCH=first["ETag"])

    assert first["ETag"]
    assert again.status_code == 304
    assert again.content == b""


def test_changed_data_changes_the_etag(client, world):
    before = client.get("/api/v1/organisations/")["ETag"]
    world.organisation.name_en = "Glasgow Works Ltd"
    world.organisation.save()

    after = client.get("/api/v1/organisations/", HTTP_IF_NONE_MATCH=before)

    assert after.status_code == 200
    assert after["ETag"] != before


def test_any_site_may_read_it_but_nobody_may_write(client, world):
    preflight = client.options(
        "/api/v1/practices/", HTTP_ORIGIN="https://other.example", HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET"
    )
    read = client.get("/api/v1/practices/", HTTP_ORIGIN="https://other.example")
    write = client.post("/api/v1/practices/", {"title_en": "Mine"})
    delete = client.delete("/api/v1/practices/pathways/")

    assert preflight.status_code == 204
    assert preflight["Access-Control-Allow-Methods"] == "GET, HEAD, OPTIONS"
    assert read["Access-Control-Allow-Origin"] == "*"
    assert "ETag" in read["Access-Control-Expose-Headers"]
    assert (write.status_code, write["Allow"]) == (405, "GET, HEAD, OPTIONS")
    assert delete.status_code == 405
    assert client.get("/api/v1/practices/pathways/").json()["result"]["title_en"] == "Pathways to work"


def test_answers_name_the_licence(client, world):
    response = client.get("/api/v1/projects/")

    assert '<https://creativecommons.org/licenses/by/4.0/>; rel="license"' in response["Link"]
    assert response.json()["licence"]["identifier"] == "CC-BY-4.0"


def test_too_many_requests_from_one_address_wait(client, world, settings, one_throttle_window):
    settings.OPEN_DATA_REQUESTS_PER_MINUTE = 3
    answers = [client.get("/api/v1/").status_code for _ in range(4)]
    other_address = client.get("/api/v1/", REMOTE_ADDR="192.0.2.7")

    refused = client.get("/api/v1/")

    assert answers == [200, 200, 200, 429]
    assert int(refused["Retry-After"]) >= 1
    assert refused.json()["status"] == 429
    assert other_address.status_code == 200


def test_head_answers_the_headers_of_get_without_the_body(client, world):
    got = client.get("/api/v1/people/")

    head = client.head("/api/v1/people/")

    assert head.status_code == 200
    assert head["ETag"] == got["ETag"]
    assert head.content == b""


def test_a_new_app_s_dataset_joins_the_api_its_document_and_the_downloads_by_being_installed(client):
    from django.conf import settings as django_settings
    from django.test import override_settings

    from tests.factories.portal import ThemeFactory

    ThemeFactory(slug="autism", name_en="Autism")
    with override_settings(INSTALLED_APPS=[*django_settings.INSTALLED_APPS, "tests.newcomer_app"]):
        document = client.get("/api/v1/openapi.json").json()
        listed = client.get("/api/v1/newcomer-themes/").json()
        codebook = client.get("/en/data/newcomer-themes/").content.decode()
    without = client.get("/api/v1/newcomer-themes/")

    validate(document)
    assert document["components"]["schemas"]["newcomer-themes-row"]["required"] == ["slug", "name_bg", "name_en"]
    assert "/newcomer-themes/{key}/" in document["paths"]
    assert [row["name_en"] for row in listed["results"]] == ["Autism"]
    assert "<code>name_en</code>" in codebook
    assert without.status_code == 404


def test_session_list_reads_the_same_queries_for_few_and_many_rows(client, world, django_assert_num_queries):
    client.get("/api/v1/sessions/")  # the licence (site settings) is cached from then on
    # The count, the page, then roles with their people, practices, films and documents once each.
    with django_assert_num_queries(6):
        client.get("/api/v1/sessions/")
    for _ in range(6):
        MAKERS["sessions"]()
    with django_assert_num_queries(6):
        client.get("/api/v1/sessions/")


def test_unknown_addresses_answer_a_problem_not_a_page(client):
    response = client.get("/api/v1/practices/a/b/c/")

    assert response.status_code == 404
    assert response["Content-Type"] == "application/problem+json"


@pytest.mark.parametrize("name", NAMES)
def test_list_queries_stay_flat_as_rows_grow(client, world, name):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(f"/api/v1/{name}/").status_code == 200
        return len(captured)

    queries()  # the licence (site settings) is cached from then on
    before = queries()
    for _ in range(4):
        MAKERS[name]()

    assert queries() == before


@contextmanager
def connections_kept_open():
    """Let the WSGI app share the test's database connection, as Django's test client does: the request signals
    would otherwise close it after each request (PostgreSQL)."""
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    try:
        yield
    finally:
        for signal in (request_started, request_finished):
            signal.connect(close_old_connections)


def test_api_answers_as_its_openapi_document_says(world, settings):
    """schemathesis generates requests for every operation of the document (valid and invalid parameters) and
    checks each answer against it: status codes, headers, content types, bodies, no server error."""
    settings.OPEN_DATA_REQUESTS_PER_MINUTE = 100_000
    checked = []
    with connections_kept_open():
        api = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", get_wsgi_application())
        operations = [result.ok() for result in api.get_all_operations()]

        for operation in operations:

            @given(case=operation.as_strategy())
            @hypothesis_settings(max_examples=15, deadline=None, database=None, suppress_health_check=list(HealthCheck))
            def answers_as_documented(case):
                case.call_and_validate()
                checked.append(case.operation.label)

            answers_as_documented()

    assert len(operations) == 2 * len(NAMES) + 1
    assert {operation.label for operation in operations} == set(checked)
