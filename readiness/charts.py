"""The radar chart of a result: one axis per dimension, one closed shape per assessment, drawn as inline SVG.

Coordinates are computed here as strings with a decimal point (the template would localise numbers, "220,0" in
Bulgarian, which SVG refuses); the template writes them (no script). A dimension without a score sits at the
centre of the shape, and the table beside the chart says "not applicable".
"""

import math

SIZE = 440
CENTRE = SIZE / 2
RADIUS = 140
RINGS = (25, 50, 75, 100)


def _point(index, count, score):
    angle = -math.pi / 2 + 2 * math.pi * index / count
    distance = RADIUS * (score or 0) / 100
    return CENTRE + distance * math.cos(angle), CENTRE + distance * math.sin(angle)


def _polygon(count, scores):
    return " ".join(f"{x:.1f},{y:.1f}" for x, y in (_point(i, count, score) for i, score in enumerate(scores)))


def radar(labels, series):
    """Geometry for `labels` (one per dimension) and `series` [(name, [score or None per dimension]), …]."""
    count = len(labels)
    axes = []
    for index, label in enumerate(labels):
        end_x, end_y = _point(index, count, 100)
        label_x, label_y = _point(index, count, 118)
        cosine = math.cos(-math.pi / 2 + 2 * math.pi * index / count)
        anchor = "middle" if abs(cosine) < 0.2 else ("start" if cosine > 0 else "end")
        axes.append(
            {
                "label": label,
                "x": f"{end_x:.1f}",
                "y": f"{end_y:.1f}",
                "label_x": f"{label_x:.1f}",
                "label_y": f"{label_y + 4:.1f}",
                "anchor": anchor,
                "number": index + 1,
            }
        )
    return {
        "size": SIZE,
        "centre": f"{CENTRE:.1f}",  # a string: the template must not localise it as "220,0"
        "axes": axes,
        "rings": [{"value": ring, "points": _polygon(count, [ring] * count)} for ring in RINGS],
        "shapes": [{"name": name, "points": _polygon(count, scores)} for name, scores in series],
    }
