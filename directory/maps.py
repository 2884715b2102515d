"""Maps drawn on the server as inline SVG: Bulgaria's 28 oblasts and Europe's countries, shaded by a count.

No tile server and no request to anyone else: the outlines are simplified once from public data by
`scripts/make_maps.py` and stored in `directory/map_data/` (its README.md says where they come from and under which
terms). A page builds a map from its counts and shows it with `templates/directory/includes/choropleth.html`::

    context["oblast_map"] = oblast_map(counts_by_oblast, url=filter_links(request.GET, "oblast"),
                                       caption=_("Offers and needs by oblast"), unit=_("Offers and needs"))

    {% include "directory/includes/choropleth.html" with map=oblast_map %}

and loads `css/maps.css` in its `head_extra`. Colour never carries the meaning alone: each shaded region is written
over with its number, regions without any are hatched, and a table under the map gives the same numbers (left out
with `table=False` when the page already has one). Each region with a `url` is a link named after the region and its
number.
"""

import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from django.utils.translation import pgettext
from django_countries import countries

from directory.geography import Oblast

DATA = Path(__file__).resolve().parent / "map_data"
LEVELS = 4  # shades for counts above zero; level 0 is "none"


@cache
def outlines(name):
    """The stored outlines `name` ("bulgaria_oblasts", "europe_countries"): width, height and regions by code."""
    return json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Region:
    code: str
    name: str
    count: int
    level: int
    d: str
    x: float
    y: float
    url: str | None


def level_of(count, highest):
    """0 for none, else 1..LEVELS in equal steps of the highest count."""
    if count <= 0 or highest <= 0:
        return 0
    return max(1, math.ceil(LEVELS * count / highest))


def legend(highest):
    """[(level, label)] for the shades in use: "none", then the range of counts each level stands for."""
    # Translators: the legend of a map, for the regions with nothing to count.
    steps = [(0, pgettext("map legend", "none"))]
    if highest <= 0:
        return steps
    low = 1
    for level in range(1, LEVELS + 1):
        high = math.floor(highest * level / LEVELS)
        if high < low:
            continue
        steps.append((level, str(low) if high == low else f"{low}–{high}"))
        low = high + 1
    return steps


def choropleth(*, name, counts, names, url, caption, unit, map_id, table=True, background=True):
    """A map's context: the regions in `names` (code -> name) shaded by `counts`, the others as plain land.

    `url(code)` is the address a region links to (None for no link). Regions are listed by name in the table.
    """
    shapes = outlines(name)
    highest = max((counts.get(code, 0) for code in names), default=0)
    regions, land = [], []
    for code, shape in shapes["regions"].items():
        if code not in names:
            if background:
                land.append(shape["d"])
            continue
        count = counts.get(code, 0)
        x, y = shape["label"]
        link = url(code) if url else None
        regions.append(Region(code, str(names[code]), count, level_of(count, highest), shape["d"], x, y, link))
    regions.sort(key=lambda region: region.name)
    return {
        "id": map_id,
        "width": shapes["width"],
        "height": shapes["height"],
        "regions": regions,
        "land": land,
        "legend": legend(highest),
        "caption": caption,
        "unit": unit,
        "table": table,
    }


def filter_links(query, name):
    """`code -> address` of the current list (its query string `query`, request.GET) with the filter `name` set to
    `code`, the other filters kept and the page number dropped: what a region of a list's map links to."""
    kept = query.copy()
    kept.pop("page", None)

    def link(code):
        kept[name] = code
        return f"?{kept.urlencode()}"

    return link


def oblast_map(counts, *, url, caption, unit, map_id="oblast-map", table=True):
    """Bulgaria's 28 oblasts shaded by `counts` ({"BG-01": 3, …}), each a link to `url(code)`."""
    return choropleth(
        name="bulgaria_oblasts",
        counts=counts,
        names=dict(Oblast.choices),
        url=url,
        caption=caption,
        unit=unit,
        map_id=map_id,
        table=table,
    )


def europe_map(counts, *, url, caption, unit, map_id="europe-map", table=True):
    """Europe, the countries in `counts` ({"IT": 4, …}) shaded and linked to `url(code)`, the others as land."""
    shown = {code for code, count in counts.items() if count and code in outlines("europe_countries")["regions"]}
    return choropleth(
        name="europe_countries",
        counts=counts,
        names={code: countries.name(code) for code in shown},
        url=url,
        caption=caption,
        unit=unit,
        map_id=map_id,
        table=table,
    )
