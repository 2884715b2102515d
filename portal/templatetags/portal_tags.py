from django import template
from django.conf import settings
from django.utils.translation import get_language

register = template.Library()


@register.simple_tag
def translation_missing(obj, field_name):
    """True when `field_name` of `obj` is empty in the page language, so a fallback is shown."""
    language = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    return not getattr(obj, f"{field_name}_{language}", None)

