from datetime import datetime

from django import template
from django.conf import settings
from django.utils.formats import date_format
from django.utils.safestring import mark_safe
from django.utils.timezone import localtime
from django.utils.translation import get_language, pgettext

from core.enums import Currency
from core.markdown import render_markdown
from core.numbers import format_amount

register = template.Library()


@register.simple_tag
def translation_missing(obj, field_name):
    """True when `field_name` of `obj` is empty in the page language, so a fallback is shown."""
    language = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    return not getattr(obj, f"{field_name}_{language}", None)


@register.filter
def money(amount, currency):
    """An amount in the page language's number format with its currency: "198 983,98 лв." or "BGN 198,983.98"."""
    if amount is None:
        return ""
    number = format_amount(amount)
    if currency == Currency.EUR:
        # Translators: an amount of money in euro; %(amount)s is the formatted number.
        return pgettext("money", "EUR %(amount)s") % {"amount": number}
    # Translators: an amount of money in Bulgarian leva; %(amount)s is the formatted number.
    return pgettext("money", "BGN %(amount)s") % {"amount": number}


@register.filter
def markdown(text):
    """Markdown source as sanitised HTML (see core.markdown)."""
    return mark_safe(render_markdown(text))  # noqa: S308 - sanitised by nh3


@register.filter
def long_date(value):
    """A day as "7 септември 2018" / "7 September 2018" (month names: core/month_names.py)."""
    if not value:
        return ""
    return date_format(localtime(value) if isinstance(value, datetime) else value, "j E Y")
