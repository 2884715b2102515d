import pytest
from django.urls import reverse

from core.linked import LINKED_CONTENT
from directory.enums import OrganisationKind
from tests.factories.portal import OrganisationFactory, ProjectFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("language", "expected"),
    [("bg", ["Шотландия", "Обединено кралство", "Неправителствена организация"]), ("en", ["United Kingdom", "NGO"])],
)
def test_directory_names_countries_and_kinds_in_the_page_language(client, language, expected):
    OrganisationFactory(name_bg="IRISS", name_en="IRISS", country="GB")

    html = client.get(f"/{language}/organisations/").content.decode()

    assert "IRISS" in html
    assert any(word in html for word in expected[:-1])
    assert expected[-1] in html


def test_directory_filters_by_kind_and_country(client):
    OrganisationFactory(name_en="Sofia NGO", kind=OrganisationKind.NGO, country="BG")
    OrganisationFactory(name_en="Glasgow institute", kind=OrganisationKind.RESEARCH_INSTITUTE, country="GB")
    OrganisationFactory(name_en="Sofia ministry", kind=OrganisationKind.PUBLIC_INSTITUTION, country="BG")

    html = client.get("/en/organisations/", {"kind": "ngo", "country": "BG"}).content.decode()

    assert "Sofia NGO" in html
    assert "Glasgow institute" not in html
    assert "Sofia ministry" not in html
    assert '<option value="ngo" selected>' in html


def test_directory_drops_only_the_bad_filter_value_and_keeps_the_good_one(client):
    OrganisationFactory(name_en="Sofia NGO", kind=OrganisationKind.NGO, country="BG")
    OrganisationFactory(name_en="Glasgow institute", kind=OrganisationKind.NGO, country="GB")

    html = client.get("/en/organisations/", {"kind": "spaceship", "country": "BG"}).content.decode()

    assert "Sofia NGO" in html
    assert "Glasgow institute" not in html


def test_directory_ignores_an_unknown_filter_value_instead_of_failing(client):
    OrganisationFactory(name_en="Sofia NGO")

    response = client.get("/en/organisations/", {"kind": "spaceship", "country": "XX"})

    assert response.status_code == 200
    assert "Sofia NGO" in response.content.decode()


def test_directory_pagination_keeps_the_filters(client):
    OrganisationFactory.create_batch(30, country="BG")

    html = client.get("/en/organisations/", {"country": "BG"}).content.decode()

    assert 'href="?country=BG&amp;page=2"' in html


@pytest.mark.parametrize("language", ["bg", "en"])
def test_detail_lists_the_projects_the_organisation_leads_or_partners(client, language):
    organisation = OrganisationFactory(name_bg="Бизнес Агенция", name_en="Business Agency")
    led = ProjectFactory(lead_organisation=organisation, title_bg="Воден проект", title_en="Led project")
    partnered = ProjectFactory(title_bg="Партньорски проект", title_en="Partner project")
    partnered.partners.add(organisation)
    ProjectFactory(title_bg="Чужд проект", title_en="Unrelated project")

    html = client.get(f"/{language}/organisations/{organisation.slug}/").content.decode()

    assert (organisation.name_bg if language == "bg" else organisation.name_en) in html
    assert (led.title_bg if language == "bg" else led.title_en) in html
    assert (partnered.title_bg if language == "bg" else partnered.title_en) in html
    assert "Чужд проект" not in html and "Unrelated project" not in html


def test_detail_of_an_unknown_organisation_is_not_found(client):
    assert client.get("/en/organisations/nobody/").status_code == 404


@pytest.mark.parametrize("size", [2, 20])
def test_directory_query_count_does_not_grow_with_organisations(client, django_assert_num_queries, size):
    OrganisationFactory.create_batch(size)
    url = reverse("directory:organisation-list")

    # site settings, country choices, count, page
    with django_assert_num_queries(4):
        client.get(url)


@pytest.mark.parametrize("size", [1, 10])
def test_detail_query_count_does_not_grow_with_projects(client, django_assert_num_queries, monkeypatch, size):
    # Only the portal's own linked section: each area tests the sections it registers.
    monkeypatch.setattr("core.linked.LINKED_CONTENT", LINKED_CONTENT.only("directory.projects"))
    organisation = OrganisationFactory()
    ProjectFactory.create_batch(size, lead_organisation=organisation)

    # site settings, organisation, its members, its projects
    with django_assert_num_queries(4):
        client.get(organisation.get_absolute_url())
