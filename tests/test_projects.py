from decimal import Decimal

import pytest
from django.urls import reverse

from core.enums import Currency
from core.linked import LINKED_CONTENT
from directory.models import Project
from tests.factories.portal import OrganisationFactory, ProjectFactory

pytestmark = pytest.mark.django_db

NBSP = "\xa0"


@pytest.mark.parametrize(
    ("language", "total", "eu"),
    [
        ("bg", f"198{NBSP}983,98 лв.", f"169{NBSP}136,38 лв."),
        ("en", "BGN 198,983.98", "BGN 169,136.38"),
    ],
)
def test_detail_shows_the_budget_in_the_page_language_number_format(client, language, total, eu):
    project = ProjectFactory(code="BG051PO001-7.0.01-0124-C0001")

    html = client.get(f"/{language}/projects/{project.slug}/").content.decode()

    assert "BG051PO001-7.0.01-0124-C0001" in html
    assert total in html
    assert eu in html


def test_detail_shows_euro_amounts_with_the_euro_sign(client):
    project = ProjectFactory(
        currency=Currency.EUR, total_budget=Decimal("1000.50"), eu_contribution=Decimal("1000.50"),
        national_cofinancing=Decimal("0"),
    )  # fmt: skip

    html = client.get(f"/bg/projects/{project.slug}/").content.decode()

    assert f"1{NBSP}000,50 €" in html


@pytest.mark.parametrize("language", ["bg", "en"])
def test_list_shows_projects_with_their_lead_organisation(client, language):
    lead = OrganisationFactory(name_bg="Бизнес Агенция", name_en="Business Agency")
    ProjectFactory(lead_organisation=lead, title_bg="Социално включване", title_en="Social inclusion")

    html = client.get(f"/{language}/projects/").content.decode()

    assert ("Социално включване" if language == "bg" else "Social inclusion") in html
    assert ("Бизнес Агенция" if language == "bg" else "Business Agency") in html


def test_detail_lists_partners(client):
    project = ProjectFactory()
    project.partners.add(OrganisationFactory(name_en="IRISS"), OrganisationFactory(name_en="Exelia Ltd"))

    html = client.get(f"/en/projects/{project.slug}/").content.decode()

    assert "IRISS" in html
    assert "Exelia Ltd" in html


def test_admin_refuses_a_budget_whose_parts_do_not_add_up_and_keeps_the_input(moderator_client):
    lead = OrganisationFactory()

    response = moderator_client.post(
        reverse("admin:directory_project_add"),
        {
            "code": "BG051PO001-7.0.01-0124-C0001",
            "title_bg": "Устойчив иновативен модел",
            "title_en": "A sustainable innovative model",
            "slug": "sustainable-model",
            "funding_programme_bg": "ОП РЧР",
            "funding_programme_en": "OP HRD",
            "currency": "BGN",
            "total_budget": "198983.98",
            "eu_contribution": "169136.38",
            "national_cofinancing": "29000.00",
            "lead_organisation": lead.pk,
        },
        HTTP_ACCEPT_LANGUAGE="en",
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert "add up to 198,136.38, not to the total budget of 198,983.98" in html
    assert 'value="Устойчив иновативен модел"' in html
    assert Project.objects.count() == 0


def test_admin_accepts_a_budget_whose_parts_add_up(moderator_client):
    lead = OrganisationFactory()

    moderator_client.post(
        reverse("admin:directory_project_add"),
        {
            "code": "BG051PO001-7.0.01-0124-C0001", "title_bg": "Модел", "title_en": "Model", "slug": "model",
            "funding_programme_bg": "ОП РЧР", "funding_programme_en": "OP HRD", "currency": "BGN",
            "total_budget": "198983.98", "eu_contribution": "169136.38", "national_cofinancing": "29847.60",
            "lead_organisation": lead.pk,
        },
    )  # fmt: skip

    project = Project.objects.get()
    assert project.total_budget == Decimal("198983.98")


@pytest.mark.parametrize("size", [2, 20])
def test_list_query_count_does_not_grow_with_projects(client, django_assert_num_queries, size):
    ProjectFactory.create_batch(size)

    # site settings, count, page with lead organisations
    with django_assert_num_queries(3):
        client.get(reverse("directory:project-list"))


@pytest.mark.parametrize("size", [1, 10])
def test_detail_query_count_does_not_grow_with_partners(client, django_assert_num_queries, monkeypatch, size):
    # Only the portal's own linked section: each area tests the sections it registers.
    monkeypatch.setattr("core.linked.LINKED_CONTENT", LINKED_CONTENT.only("directory.projects"))
    project = ProjectFactory()
    project.partners.add(*OrganisationFactory.create_batch(size))

    # site settings, project with lead, partners
    with django_assert_num_queries(3):
        client.get(project.get_absolute_url())
