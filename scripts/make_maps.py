"""Write the simplified map outlines in directory/map_data/ from their public sources (see its README.md).

    .venv/bin/python scripts/make_maps.py BULGARIA_PROVINCES.geojson WORLD_ATLAS_COUNTRIES_50M.json

- Bulgaria: the 28 oblast polygons of `provinces.geojson` in the Bulgaria-geocoding collection (the same polygons
  directory/geography.py's neighbours were derived from), keyed by ISO 3166-2:BG through their NUTS 3 codes.
- Europe: Natural Earth's 1:50m admin-0 countries as TopoJSON (the `world-atlas` package, `countries-50m.json`),
  keyed by ISO 3166-1 alpha-2 through their numeric codes, clipped to a box around the partner countries.

Each outline is projected (Bulgaria: equirectangular at its middle latitude; Europe: Lambert azimuthal equal-area
centred on 10°E 52°N), scaled to the map's width, simplified by Douglas–Peucker and rounded to a tenth of a unit,
then written as SVG path data with a point for the count's label (the largest ring's area centre).
"""

import json
import math
import sys
from pathlib import Path

from django.conf import settings
from django_countries import countries

OUT = Path(__file__).resolve().parent.parent / "directory" / "map_data"
WIDTH = 600  # SVG user units
TOLERANCE = 0.8  # Douglas–Peucker tolerance, in SVG user units
MIN_AREA = 4.0  # rings smaller than this (square SVG units) are left out: islets too small to see or to click

# NUTS 3 (2016) -> ISO 3166-2:BG
NUTS_TO_ISO = {
    "BG413": "BG-01", "BG341": "BG-02", "BG331": "BG-03", "BG321": "BG-04", "BG311": "BG-05", "BG313": "BG-06",
    "BG322": "BG-07", "BG332": "BG-08", "BG425": "BG-09", "BG415": "BG-10", "BG315": "BG-11", "BG312": "BG-12",
    "BG423": "BG-13", "BG414": "BG-14", "BG314": "BG-15", "BG421": "BG-16", "BG324": "BG-17", "BG323": "BG-18",
    "BG325": "BG-19", "BG342": "BG-20", "BG424": "BG-21", "BG411": "BG-22", "BG412": "BG-23", "BG344": "BG-24",
    "BG334": "BG-25", "BG422": "BG-26", "BG333": "BG-27", "BG343": "BG-28",
}  # fmt: skip
EUROPE_BOX = (-11.0, 34.5, 33.0, 61.0)  # lon/lat window of the Europe map


def douglas_peucker(points, tolerance):
    """`points` with every point closer than `tolerance` to the line of its neighbours' kept ends left out."""
    if len(points) < 3:
        return points
    (ax, ay), (bx, by) = points[0], points[-1]
    length = math.hypot(bx - ax, by - ay)
    far, index = -1.0, 0
    for i, (px, py) in enumerate(points[1:-1], start=1):
        if length:
            distance = abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length
        else:
            distance = math.hypot(px - ax, py - ay)
        if distance > far:
            far, index = distance, i
    if far <= tolerance:
        return [points[0], points[-1]]
    return douglas_peucker(points[: index + 1], tolerance)[:-1] + douglas_peucker(points[index:], tolerance)


def ring_area_centre(ring):
    """(signed area, centroid) of a closed ring."""
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    area /= 2
    if not area:
        return 0.0, ring[0]
    return area, (cx / (6 * area), cy / (6 * area))


def path_data(polygons):
    """SVG path data for projected polygons (lists of rings), simplified; and the label point."""
    parts, best = [], (0.0, (0.0, 0.0))
    for rings in polygons:
        for number, ring in enumerate(rings):
            simple = douglas_peucker(ring, TOLERANCE)
            if len(simple) < 4:
                continue
            area, centre = ring_area_centre(simple)
            if abs(area) < MIN_AREA:
                continue
            if number == 0 and abs(area) > abs(best[0]):
                best = (area, centre)
            points = " ".join(f"{x:.1f},{y:.1f}" for x, y in simple[:-1])
            parts.append(f"M{points}Z")
    x, y = best[1]
    return "".join(parts), (round(x, 1), round(y, 1))


def fit(shapes, projection):
    """Project {code: [polygon rings in lon/lat]} and scale them to WIDTH; returns (shapes, height)."""
    projected = {code: [[[projection(*point) for point in ring] for ring in rings] for rings in polygons]
                 for code, polygons in shapes.items()}  # fmt: skip
    xs = [x for polygons in projected.values() for rings in polygons for ring in rings for x, _y in ring]
    ys = [y for polygons in projected.values() for rings in polygons for ring in rings for _x, y in ring]
    scale = WIDTH / (max(xs) - min(xs))
    left, top = min(xs), max(ys)
    scaled = {
        code: [[[((x - left) * scale, (top - y) * scale) for x, y in ring] for ring in rings] for rings in polygons]
        for code, polygons in projected.items()
    }
    return scaled, round((max(ys) - min(ys)) * scale, 1)


def write(name, shapes, height, source):
    regions = {}
    for code, polygons in sorted(shapes.items()):
        d, label = path_data(polygons)
        if d:
            regions[code] = {"d": d, "label": label}
    data = {"source": source, "width": WIDTH, "height": height, "regions": regions}
    (OUT / f"{name}.json").write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(f"{name}: {len(regions)} regions, {sum(len(r['d']) for r in regions.values())} characters of path data")


def bulgaria(path):
    features = json.loads(Path(path).read_text())["features"]
    shapes = {}
    for feature in features:
        geometry = feature["geometry"]
        polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
        shapes[NUTS_TO_ISO[feature["properties"]["NUTS_3_CODE"]]] = polygons
    middle = math.cos(math.radians(42.7))
    fitted, height = fit(shapes, lambda lon, lat: (lon * middle, lat))
    write("bulgaria_oblasts", fitted, height, "Bulgaria-geocoding provinces.geojson (NSI EKATTE grounds)")


def decode_arcs(topology):
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring_of(arcs, indexes):
    ring = []
    for index in indexes:
        points = arcs[index] if index >= 0 else arcs[~index][::-1]
        ring.extend(points[1:] if ring else points)
    return ring


def laea(lon, lat, lon0=10.0, lat0=52.0):
    lam, phi, lam0, phi0 = map(math.radians, (lon, lat, lon0, lat0))
    k = math.sqrt(2 / (1 + math.sin(phi0) * math.sin(phi) + math.cos(phi0) * math.cos(phi) * math.cos(lam - lam0)))
    x = k * math.cos(phi) * math.sin(lam - lam0)
    y = k * (math.cos(phi0) * math.sin(phi) - math.sin(phi0) * math.cos(phi) * math.cos(lam - lam0))
    return x, y


def clip(ring, box):
    """The ring with each point pulled inside the lon/lat box (enough for outlines that only leave it a little)."""
    west, south, east, north = box
    return [(min(max(lon, west), east), min(max(lat, south), north)) for lon, lat in ring]


def europe(path):
    topology = json.loads(Path(path).read_text())
    arcs = decode_arcs(topology)
    west, south, east, north = EUROPE_BOX
    shapes = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        code = countries.alpha2(int(geometry["id"])) if geometry.get("id", "").isdigit() else ""
        if not code or geometry["type"] not in {"Polygon", "MultiPolygon"}:
            continue
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        kept = []
        for rings in polygons:
            outer = ring_of(arcs, rings[0])
            if any(west <= lon <= east and south <= lat <= north for lon, lat in outer):
                kept.append([clip(ring_of(arcs, indexes), EUROPE_BOX) for indexes in rings])
        if kept:
            shapes[code] = kept
    fitted, height = fit(shapes, laea)
    write("europe_countries", fitted, height, "Natural Earth 1:50m admin-0 countries (world-atlas 2.0.2)")


if __name__ == "__main__":
    settings.configure()  # django-countries reads its (default) options from the settings
    bulgaria(sys.argv[1])
    europe(sys.argv[2])
