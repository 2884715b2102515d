"""The event list, the archive and the month calendar."""

import calendar
from datetime import date, datetime, time, timedelta

from django.utils import timezone
from django.utils.dates import MONTHS
from django.utils.decorators import method_decorator
from django.views.generic import ListView, TemplateView

from core.lists import FilteredListMixin
from events.caching import cache_anonymous_page
from events.forms import EventFilterForm
from events.models import Event
from events.queries import event_cards

from .mixins import EventTimeMixin


@method_decorator(cache_anonymous_page, name="dispatch")
class EventListView(FilteredListMixin, EventTimeMixin, ListView):
    """Upcoming events, soonest first; `archive` lists past ones, newest first."""

    template_name = "events/event_list.html"
    context_object_name = "events"
    paginate_by = 12
    filter_form_class = EventFilterForm

    def get_filter_form_kwargs(self, queryset):
        return {"events": queryset}

    def get_queryset(self):
        return event_cards(super().get_queryset())

    def get_context_data(self, **kwargs):
        return super().get_context_data(archive=self.archive, **kwargs)


CALENDAR_YEARS = range(1900, 2201)


@method_decorator(cache_anonymous_page, name="dispatch")
class EventCalendarView(TemplateView):
    """One month as a table, each day listing the public events on it."""

    template_name = "events/event_calendar.html"

    def month(self):
        """The first day of the month asked for as ?month=YYYY-MM, else of this month.

        Years outside CALENDAR_YEARS are not asked for by anyone reading a calendar, and at the ends of Python's
        dates the weeks around the month cannot be built (0001-01, 9999-12), so they count as not given.
        """
        try:
            year, month = (int(part) for part in self.request.GET.get("month", "").split("-"))
            if year in CALENDAR_YEARS:
                return date(year, month, 1)
        except ValueError:
            pass
        return timezone.localdate().replace(day=1)

    def get_context_data(self, **kwargs):
        first = self.month()
        weeks = calendar.Calendar(firstweekday=0).monthdatescalendar(first.year, first.month)
        window_start = timezone.make_aware(datetime.combine(weeks[0][0], time.min))
        window_end = timezone.make_aware(datetime.combine(weeks[-1][-1] + timedelta(days=1), time.min))
        events = list(
            event_cards(Event.objects.public().filter(start__lt=window_end, end__gte=window_start)).order_by("start")
        )
        rows = []
        for week in weeks:
            row = []
            for day in week:
                on_day = [
                    event for event in events if timezone.localdate(event.start) <= day <= timezone.localdate(event.end)
                ]
                row.append({"date": day, "in_month": day.month == first.month, "events": on_day})
            rows.append(row)
        previous_month = (first - timedelta(days=1)).replace(day=1)
        next_month = (first + timedelta(days=32)).replace(day=1)
        return super().get_context_data(
            month=first,
            month_name=MONTHS[first.month],
            weeks=rows,
            weekdays=[weeks[0][index] for index in range(7)],
            previous_month=previous_month,
            next_month=next_month,
            today=timezone.localdate(),
            **kwargs,
        )
