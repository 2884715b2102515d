"""Anonymised aggregates for moderators: no names, no single answers; averages, bands and counts per month."""

from collections import Counter, defaultdict
from datetime import date

from django.db.models.functions import TruncMonth

from readiness.models import Assessment, Dimension

BANDS = [(0, 19), (20, 39), (40, 59), (60, 79), (80, 100)]
MONTHS_SHOWN = 12
BAR_WIDTH, BAR_GAP, CHART_HEIGHT = 28, 12, 120


def _months_back(today, count):
    """The first days of the last `count` months, oldest first, this month included."""
    year, month = today.year, today.month
    months = []
    for _ in range(count):
        months.append(date(year, month, 1))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return list(reversed(months))


def overview(*, today):
    """{dimensions: [{title, average, bands: [count per band], scored}], months: [{month, count}], total}."""
    titles = dict(Dimension.objects.values_list("slug", "title"))
    per_slug = defaultdict(list)
    completed = Assessment.objects.completed()
    for scores in completed.values_list("scores", flat=True):
        for slug, score in scores.items():
            if score is not None:
                per_slug[slug].append(score)
    dimensions = []
    for slug in sorted(per_slug, key=lambda slug: list(titles).index(slug) if slug in titles else len(titles)):
        values = per_slug[slug]
        dimensions.append(
            {
                "title": titles.get(slug, slug),
                "average": round(sum(values) / len(values)),
                "bands": [sum(low <= value <= high for value in values) for low, high in BANDS],
                "scored": len(values),
            }
        )
    counts = Counter(
        month.date() if hasattr(month, "date") else month
        for month in completed.annotate(month=TruncMonth("completed_at")).values_list("month", flat=True)
    )
    months = [{"month": month, "count": counts.get(month, 0)} for month in _months_back(today, MONTHS_SHOWN)]
    busiest = max([month["count"] for month in months] + [1])
    for index, month in enumerate(months):
        height = round(CHART_HEIGHT * month["count"] / busiest)
        month.update(x=index * (BAR_WIDTH + BAR_GAP), y=CHART_HEIGHT - height, height=height)
    return {
        "dimensions": dimensions,
        "bands": [f"{low}–{high}" for low, high in BANDS],
        "months": months,
        "chart": {"width": MONTHS_SHOWN * (BAR_WIDTH + BAR_GAP), "height": CHART_HEIGHT, "bar_width": BAR_WIDTH},
        "total": completed.count(),
    }
