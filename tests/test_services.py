"""The referral directory: the filtered list with counts, a service's page, its referral slip, who may edit."""

import re

import pytest
from django.urls import reverse
from django.utils import translation

from directory.geography import Oblast
from services.models import Service
from tests.factories.portal import MembershipFactory, OrganisationFactory, TargetGroupFactory, VerifiedUserFactory
from tests.factories.services import ServiceFactory

pytestmark = pytest.mark.django_db


def url(name, language="en", **kwargs):
    with translation.override(language):
        return reverse(f"services:{name}", kwargs=kwargs or None)


def option_counts(response, facet):
    """{value: count} of one facet, as the page offers it."""
    options = {name: found for name, _label, found in response.context["facets"]}[facet]
    return {value: count for value, _label, count, _selected in options}


@pytest.mark.parametrize("language", ["bg", "en"])
def test_list_counts_each_option_with_the_other_filters_kept(client, language):
    elderly, youth = TargetGroupFactory(slug="elderly"), TargetGroupFactory(slug="youth")
    ServiceFactory(oblast=Oblast.BLAGOEVGRAD, municipality="Благоевград", target_groups=[elderly])
    ServiceFactory(oblast=Oblast.BLAGOEVGRAD, municipality="Банско", target_groups=[elderly, youth])
    ServiceFactory(oblast=Oblast.VARNA, municipality="Варна", target_groups=[youth])
    ServiceFactory(oblast=Oblast.VARNA, municipality="Варна", is_published=False)

    response = client.get(url("service-list", language), {"oblast": Oblast.BLAGOEVGRAD})

    assert [service.municipality for service in response.context["services"]] == ["Благоевград", "Банско"]
    assert option_counts(response, "oblast") == {Oblast.BLAGOEVGRAD: 2, Oblast.VARNA: 1}
    assert option_counts(response, "municipality") == {"Банско": 1, "Благоевград": 1}
    assert option_counts(response, "group") == {"elderly": 2, "youth": 1}
    assert "(2)" in response.content.decode()


def test_list_filters_by_municipality_and_target_group(client):
    elderly = TargetGroupFactory(slug="elderly")
    wanted = ServiceFactory(oblast=Oblast.BURGAS, municipality="Несебър", target_groups=[elderly])
    ServiceFactory(oblast=Oblast.BURGAS, municipality="Несебър")
    ServiceFactory(oblast=Oblast.BURGAS, municipality="Бургас", target_groups=[elderly])

    response = client.get(url("service-list", "bg"), {"municipality": "Несебър", "group": "elderly"})

    assert list(response.context["services"]) == [wanted]
    assert option_counts(response, "municipality") == {"Бургас": 1, "Несебър": 1}


def test_a_bad_filter_value_still_shows_the_list(client):
    ServiceFactory()

    response = client.get(url("service-list"), {"oblast": "BG-99", "group": "no such/group"})

    assert response.status_code == 200
    assert len(response.context["services"]) == 1


@pytest.mark.parametrize("rows", [2, 8])
def test_list_queries_stay_flat(client, django_assert_num_queries, rows):
    groups = [TargetGroupFactory(), TargetGroupFactory()]
    for _ in range(rows):
        ServiceFactory(target_groups=groups)

    with django_assert_num_queries(8):
        response = client.get(url("service-list"))

    assert len(response.context["services"]) == rows


@pytest.mark.parametrize("language", ["bg", "en"])
def test_service_page_shows_how_to_reach_the_provider(client, language):
    service = ServiceFactory(address_bg="ул. Тодор Александров 1", address_en="1 Todor Aleksandrov St", hours_en="9-17")

    page = client.get(url("service-detail", language, slug=service.slug)).content.decode()

    assert service.phone in page and service.email in page
    assert (service.address_bg if language == "bg" else service.address_en) in page
    assert service.provider.get_absolute_url() in page
    assert url("service-referral", language, slug=service.slug) in page


@pytest.mark.parametrize("groups", [1, 4])
def test_service_page_queries_stay_flat(client, django_assert_num_queries, groups):
    service = ServiceFactory(target_groups=[TargetGroupFactory() for _ in range(groups)])

    with django_assert_num_queries(3):
        client.get(url("service-detail", slug=service.slug))


def test_hidden_service_has_no_page(client):
    service = ServiceFactory(is_published=False)

    assert client.get(url("service-detail", slug=service.slug)).status_code == 404


@pytest.mark.parametrize("language", ["bg", "en"])
def test_referral_slip_has_the_service_and_blank_fields(client, language):
    service = ServiceFactory()

    response = client.get(url("service-referral", language, slug=service.slug))
    page = response.content.decode()

    assert (service.title_bg if language == "bg" else service.title_en) in page
    assert service.phone in page
    assert page.count("<dd></dd>") >= 5
    assert "<form" not in page.split("<main", 1)[1].split("</main>", 1)[0]


def test_organisation_page_lists_its_services(client):
    service = ServiceFactory()
    ServiceFactory(provider=service.provider, is_published=False, title_en="Closed service")

    with translation.override("en"):
        address = reverse("directory:organisation-detail", kwargs={"slug": service.provider.slug})
    page = client.get(address).content.decode()

    assert service.title_en in page
    assert "Closed service" not in page


def service_form_data(provider, **changes):
    return {
        "title_bg": "Център за настаняване",
        "title_en": "",
        "provider": provider.pk,
        "summary_bg": "Временно настаняване.",
        "summary_en": "",
        "oblast": Oblast.SOFIA,
        "municipality": "Самоков",
        "is_published": "on",
        **changes,
    }


def test_member_of_the_provider_adds_and_edits_a_service(client):
    member, organisation = VerifiedUserFactory(), OrganisationFactory()
    MembershipFactory(user=member, organisation=organisation)
    client.force_login(member)

    response = client.post(url("service-create", "bg"), service_form_data(organisation))
    service = Service.objects.get()
    client.post(url("service-edit", slug=service.slug), service_form_data(organisation, phone="0722 00 000"))

    assert response.status_code == 302
    assert (service.provider, service.municipality) == (organisation, "Самоков")
    assert Service.objects.get().phone == "0722 00 000"


def test_member_cannot_name_another_organisation_as_provider(client):
    member, organisation = VerifiedUserFactory(), OrganisationFactory()
    MembershipFactory(user=member, organisation=organisation)
    client.force_login(member)

    response = client.post(url("service-create"), service_form_data(OrganisationFactory()))

    assert response.status_code == 200
    assert "provider" in response.context["form"].errors
    assert Service.objects.count() == 0


def test_service_without_a_title_keeps_the_form_filled(client):
    member, organisation = VerifiedUserFactory(), OrganisationFactory()
    MembershipFactory(user=member, organisation=organisation)
    client.force_login(member)

    response = client.post(url("service-create"), service_form_data(organisation, title_bg=""))

    assert response.context["form"].errors["title_bg"] == ["Give the title in Bulgarian, in English or in both."]
    assert "Самоков" in response.content.decode()


def test_member_of_another_organisation_cannot_edit(client):
    service, outsider = ServiceFactory(), VerifiedUserFactory()
    MembershipFactory(user=outsider, organisation=OrganisationFactory())
    client.force_login(outsider)

    response = client.post(url("service-edit", slug=service.slug), service_form_data(service.provider, phone="1"))

    assert response.status_code == 403
    assert Service.objects.get().phone == service.phone


def test_participant_without_an_organisation_cannot_add(client, participant):
    client.force_login(participant)

    assert client.get(url("service-create")).status_code == 403


def test_moderator_edits_a_service_in_the_admin(moderator_client):
    service = ServiceFactory()
    change = reverse("admin:services_service_change", args=[service.pk])
    form = moderator_client.get(change).context["adminform"].form
    data = {name: value for name, value in form.initial.items() if value is not None}
    data |= {"provider": service.provider.pk, "target_groups": [], "hours_bg": "пон.-пет. 9-17", "is_published": "on"}

    response = moderator_client.post(change, data)

    assert response.status_code == 302
    assert Service.objects.get().hours_bg == "пон.-пет. 9-17"


def test_saving_a_service_retires_the_cached_list(client, django_capture_on_commit_callbacks):
    service = ServiceFactory()
    client.get(url("service-list"))

    with django_capture_on_commit_callbacks(execute=True):
        service.title_en = "Renamed service"
        service.save()

    assert "Renamed service" in client.get(url("service-list")).content.decode()


@pytest.mark.parametrize("groups", [1, 4])
def test_referral_slip_queries_stay_flat_and_it_is_served_from_the_cache(client, django_assert_num_queries, groups):
    service = ServiceFactory(target_groups=[TargetGroupFactory() for _ in range(groups)])
    with django_assert_num_queries(3):
        client.get(url("service-referral", slug=service.slug))

    with django_assert_num_queries(0):
        client.get(url("service-referral", slug=service.slug))


@pytest.mark.parametrize(("language", "name"), [("en", "Blagoevgrad"), ("bg", "Благоевград")])
def test_list_map_links_each_oblast_with_services_keeping_the_other_filters(client, language, name):
    group = TargetGroupFactory(slug="elderly")
    ServiceFactory.create_batch(2, oblast=Oblast.BLAGOEVGRAD, target_groups=[group])
    ServiceFactory(oblast=Oblast.BURGAS, target_groups=[group])
    ServiceFactory(oblast=Oblast.VARNA)

    html = client.get(url("service-list", language) + "?group=elderly").content.decode()

    svg = re.search(r'<svg class="choropleth__map".*?</svg>', html, re.S).group(0)
    links = dict(re.findall(r'<a href="\?group=elderly&amp;oblast=(BG-\d\d)" aria-label="[^:"]+: (\d+) ', svg))
    assert {code: count for code, count in links.items() if count != "0"} == {"BG-01": "2", "BG-02": "1"}
    assert re.findall(r'<text class="choropleth__count"[^>]*>(\d+)</text>', svg) == ["2", "1"]
    assert re.search(rf'<th scope="row"><a href="\?group=elderly&amp;oblast=BG-01">{name}</a></th>\s*<td>2</td>', html)
