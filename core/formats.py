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
