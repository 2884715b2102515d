"""Maps drawn on the server (directory.maps): shading by count, numbers on the regions, links that keep the other
filters, the same numbers as a table, in both languages, with nothing fetched from elsewhere."""

import re

import pytest
from django.http import QueryDict
from django.utils import translation

from directory.maps import europe_map, filter_links, legend, level_of, oblast_map, outlines
from exchange.enums import Category
from tests.factories.exchange import ListingFactory
from tests.factories.practices import PracticeFactory

pytestmark = pytest.mark.django_db


@translation.override("en")
def test_levels_split_the_highest_count_in_four_and_none_is_its_own():
    assert [level_of(count, 8) for count in (0, 1, 2, 3, 5, 8)] == [0, 1, 1, 2, 3, 4]
    assert legend(8) == [(0, "none"), (1, "1–2"), (2, "3–4"), (3, "5–6"), (4, "7–8")]
    assert legend(2) == [(0, "none"), (2, "1"), (4, "2")]


def test_every_oblast_has_an_outline_and_the_partner_countries_too():
    assert len(outlines("bulgaria_oblasts")["regions"]) == 28
    assert {"GB", "IT", "PT", "FR", "PL", "BG"} <= set(outlines("europe_countries")["regions"])


def test_region_links_keep_the_other_filters_and_drop_the_page():
    link = filter_links(QueryDict("category=transport&page=3&oblast=BG-05"), "oblast")

    assert link("BG-01") == "?category=transport&oblast=BG-01"


@translation.override("en")
def test_oblast_map_names_and_shades_each_oblast():
    chart = oblast_map({"BG-01": 4, "BG-03": 1}, url=lambda code: f"?oblast={code}", caption="c", unit="Offers")

    by_code = {region.code: region for region in chart["regions"]}
    assert len(by_code) == 28
    assert (by_code["BG-01"].name, by_code["BG-01"].count, by_code["BG-01"].level) == ("Blagoevgrad", 4, 4)
    assert (by_code["BG-03"].level, by_code["BG-05"].level, by_code["BG-05"].url) == (1, 0, "?oblast=BG-05")
    assert chart["land"] == []


@translation.override("en")
def test_europe_map_links_only_countries_with_practices():
    chart = europe_map({"IT": 3, "GB": 1}, url=lambda code: f"?country={code}", caption="c", unit="Practices")

    assert [(region.code, region.count) for region in chart["regions"]] == [("IT", 3), ("GB", 1)]
    assert len(chart["land"]) > 30  # the rest of Europe, unlinked


@pytest.mark.parametrize(
    ("language", "name", "unit"),
    [("en", "Blagoevgrad", "offers and needs"), ("bg", "Благоевград", "предложения и нужди")],
)
def test_exchange_list_shows_the_oblast_map_with_its_table(client, language, name, unit):
    ListingFactory.create_batch(2, oblast="BG-01", category=Category.TRANSPORT)
    ListingFactory(oblast="BG-03", category=Category.PREMISES)

    html = client.get(f"/{language}/exchange/?category=transport").content.decode()

    svg = re.search(r'<svg class="choropleth__map".*?</svg>', html, re.S).group(0)
    assert f'<a href="?category=transport&amp;oblast=BG-01" aria-label="{name}: 2 – {unit}">' in svg
    assert re.search(r'<text class="choropleth__count"[^>]*>2</text>', svg)
    assert "http" not in svg.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert re.search(
        rf'<th scope="row"><a href="\?category=transport&amp;oblast=BG-01">{name}</a></th>\s*<td>2</td>', html
    )


def test_practice_list_shows_europe_with_the_partner_countries_linked(client):
    PracticeFactory.create_batch(2, country="IT")
    PracticeFactory(country="GB")

    html = client.get("/en/practices/").content.decode()

    svg = re.search(r'<svg class="choropleth__map".*?</svg>', html, re.S).group(0)
    assert '<a href="?country=IT" aria-label="Italy: 2 – practices">' in svg
    assert '<a href="?country=GB" aria-label="United Kingdom: 1 – practices">' in svg
    assert 'href="?country=FR"' not in svg
