"""Formatting shared by views, e-mails and template filters."""

from datetime import datetime

from django.utils.formats import date_format
from django.utils.timezone import localtime


def long_date(value):
    """A day as "7 септември 2018" / "7 September 2018" (month names: core/month_names.py)."""
    if not value:
        return ""
    return date_format(localtime(value) if isinstance(value, datetime) else value, "j E Y")
