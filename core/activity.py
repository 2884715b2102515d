"""Activity at a glance for moderators: what happened each week, and how often pages were read and films played.

Apps declare what moderators see, from `ready()`:

    ACTIVITY_SERIES.add(WeeklySeries(label=_("Comments"), rows=lambda: Post.objects.visible(),
                                     date_field="created_at"), app=self.label, name="comments", order=30)
    COUNTERS.add(Counter(kind="practice-view", label=_("Most-read practices"), public=Practice.objects.published),
                 app=self.label, name="practice-view", order=10)

A series is counted from the app's own rows (one query each). Readings and plays are counted without tracking
anyone: the page asks `/count/<kind>/<id>/` once (core.activity's beacon, static/js/count.js), which adds one to a
day's tally for that object (`core.Tally`); no address, cookie or user is stored with it.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, transaction
from django.db.models import Count, DateTimeField, F, QuerySet, Sum
from django.db.models.functions import TruncWeek
from django.utils import timezone

from core.registry import Registry

ACTIVITY_SERIES = Registry("Weekly counts on the moderators' activity page (order: 10 content, 30 talk, 50 people)")
COUNTERS = Registry("Anonymous tallies of readings and plays (order: 10 practices, 20 films)")
WEEKS = 12


@dataclass(frozen=True)
class WeeklySeries:
    """Rows of one kind counted per week by the moment in `date_field` (rows without one are left out), or their
    `sum_field` added up (a tally's counts)."""

    label: str
    rows: Callable[[], QuerySet]
    date_field: str
    sum_field: str | None = None


@dataclass(frozen=True)
class Counter:
    """A tally of `kind` ("practice-view", "film-play") kept per public object a day; `public()` says which count."""

    kind: str
    label: str
    public: Callable[[], QuerySet]


def week_starts(*, weeks=WEEKS, today=None):
    """The Mondays of the last `weeks` weeks, oldest first, this week's last."""
    today = today or timezone.localdate()
    this_monday = today - timedelta(days=today.weekday())
    return [this_monday - timedelta(weeks=back) for back in range(weeks - 1, -1, -1)]


def weekly_counts(series, *, weeks=WEEKS, today=None):
    """[(monday, count)] for the last `weeks` weeks, zeros included, in one query."""
    mondays = week_starts(weeks=weeks, today=today)
    rows = series.rows()
    since = mondays[0]
    if isinstance(rows.model._meta.get_field(series.date_field), DateTimeField):
        since = timezone.make_aware(datetime.combine(since, time.min))
    counted = (
        rows.filter(**{f"{series.date_field}__gte": since})
        .order_by()
        .annotate(week=TruncWeek(series.date_field))
        .values("week")
        .annotate(count=Sum(series.sum_field) if series.sum_field else Count("pk"))
        .values_list("week", "count")
    )
    by_week = {}
    for week, count in counted:
        monday = timezone.localtime(week).date() if isinstance(week, datetime) else week
        by_week[monday] = by_week.get(monday, 0) + count
    return [(monday, by_week.get(monday, 0)) for monday in mondays]


def counter_for(kind):
    """The registered counter of `kind`, or None."""
    return next((counter for counter in COUNTERS if counter.kind == kind), None)


def record(counter, pk, *, today=None):
    """Add one to today's tally of the counter's public object `pk`; False when there is no such public object."""
    from core.models import Tally

    public = counter.public()
    if not public.filter(pk=pk).exists():
        return False
    today = today or timezone.localdate()
    content_type = ContentType.objects.get_for_model(public.model)
    key = {"kind": counter.kind, "content_type": content_type, "object_id": pk, "day": today}
    if Tally.objects.filter(**key).update(count=F("count") + 1):
        return True
    try:
        with transaction.atomic():
            Tally.objects.create(**key, count=1)
    except IntegrityError:  # another request created the day's row first
        Tally.objects.filter(**key).update(count=F("count") + 1)
    return True


def most_counted(counter, *, days=30, limit=10, today=None):
    """[(object, count)]: the counter's public objects counted most over the last `days` days, in two queries."""
    from core.models import Tally

    today = today or timezone.localdate()
    public = counter.public()
    totals = list(
        Tally.objects.filter(
            kind=counter.kind,
            content_type=ContentType.objects.get_for_model(public.model),
            day__gt=today - timedelta(days=days),
        )
        .values("object_id")
        .annotate(total=Sum("count"))
        .order_by("-total", "object_id")[: limit * 2]
    )
    objects = public.in_bulk([row["object_id"] for row in totals])
    ranked = [(objects[row["object_id"]], row["total"]) for row in totals if row["object_id"] in objects]
    return ranked[:limit]
