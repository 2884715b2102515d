"""The moderators' activity page: each registered weekly series as a bar chart with its table, and the most-read
and most-played objects (core.activity).

The geometry is computed here because the CSP allows no inline style: the template only places numbers into SVG
attributes.
"""

from core.activity import ACTIVITY_SERIES, COUNTERS, most_counted, weekly_counts
from core.formats import long_date

# In SVG user units: one column per week, bars up to BAR_MAX high, a line under them for the week labels.
COLUMN, BAR_WIDTH, BAR_MAX, TOP, LABEL_HEIGHT = 44, 30, 120, 18, 22


def weekly_chart(counts):
    """Bars for [(monday, count)], with the count above each bar (a bar of zero is a hairline, so it is seen)."""
    largest = max((count for _monday, count in counts), default=0) or 1
    bars = []
    for index, (monday, count) in enumerate(counts):
        height = max(1, round(BAR_MAX * count / largest))
        x = index * COLUMN + (COLUMN - BAR_WIDTH) // 2
        bars.append(
            {
                "week": monday,
                "count": count,
                "x": x,
                "y": TOP + BAR_MAX - height,
                "height": height,
                "text_x": x + BAR_WIDTH // 2,
                "count_y": TOP + BAR_MAX - height - 4,
            }
        )
    return {
        "bars": bars,
        "width": COLUMN * len(counts),
        "height": TOP + BAR_MAX + LABEL_HEIGHT,
        "bar_width": BAR_WIDTH,
        "label_y": TOP + BAR_MAX + LABEL_HEIGHT - 6,
        "total": sum(count for _monday, count in counts),
    }


def activity_context(*, today=None):
    """What the page shows: one chart per series, then the top of each counter over the last 30 days."""
    charts = []
    for series in ACTIVITY_SERIES:
        counts = weekly_counts(series, today=today)
        charts.append({"label": series.label, "chart": weekly_chart(counts), "since": long_date(counts[0][0])})
    tops = [{"label": counter.label, "rows": most_counted(counter, today=today)} for counter in COUNTERS]
    return {"charts": charts, "tops": tops}
