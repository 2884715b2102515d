from django import template
from django.utils.html import format_html

from core.i18n import page_language

register = template.Library()


@register.filter
def lang_attr(text):
    """` lang="bg"` for a questionnaire text shown in the other language (its translation is missing), else ""."""
    language = getattr(text, "lang", None)
    return format_html(' lang="{}"', language) if language and language != page_language() else ""
