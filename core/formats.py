"""Formatting shared by views, e-mails and template filters."""

from datetime import datetime

from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.utils.translation import pgettext


def long_date(value):
    """A day as "7 септември 2018 г." / "7 September 2018" (month names: core/month_names.py)."""
    if not value:
        return ""
    # Translators: a Django date format for a day in running text; Bulgarian adds "г." after the year.
    day_format = pgettext("long date format", "j E Y")
    return date_format(localtime(value) if isinstance(value, datetime) else value, day_format)


def machine_datetime(value):
    """A moment for machines (the `datetime` attribute of <time>): ISO 8601 in Sofia's time, to the second, as
    "2027-03-18T10:00:00+02:00" (HTML allows at most three digits of a second's fraction; Django's "c" writes six)."""
    if not value:
        return ""
    if isinstance(value, datetime):
        return localtime(value).isoformat(timespec="seconds")
    return value.isoformat()
