"""The language of the page being rendered, and of the texts shown on it.

Text in another language than the page's is marked with `lang` (WCAG 3.1.2) so screen readers pronounce it right:
a translated field that falls back to the other language (`shown_language`) and text people typed, whose
language is recorded or, failing that, read from its letters (`written_language`).
"""

import re

from django.conf import settings
from django.utils.html import format_html
from django.utils.translation import get_language
from modeltranslation.settings import FALLBACK_LANGUAGES

CYRILLIC = re.compile(r"[\u0400-\u04ff]")
LATIN = re.compile(r"[A-Za-z]")


def page_language():
    """The active language as a bare code ("bg", "en"); the site's default outside a request."""
    return (get_language() or settings.LANGUAGE_CODE).split("-")[0]


def written_language(text):
    """The language a text is written in, read from its letters: "bg" for Cyrillic, "en" for Latin letters only,
    None when it has no letters (numbers, signs). Good for names and short texts of a bilingual Bulgarian site."""
    if not text:
        return None
    text = str(text)
    if CYRILLIC.search(text):
        return "bg"
    if LATIN.search(text):
        return "en"
    return None


def shown_language(obj, field_name):
    """The language of the text `obj.<field_name>` shows on this page: the page's own, else the first fallback
    (modeltranslation's order) that has text, else the page's."""
    language = page_language()
    for candidate in (language, *FALLBACK_LANGUAGES.get(language, FALLBACK_LANGUAGES["default"])):
        if getattr(obj, f"{field_name}_{candidate}", None):
            return candidate
    return language


def marked_field(obj, field_name):
    """`obj.<field_name>` (a translated field, or a dict's key) escaped, in a `<span lang>` when the page shows it in
    the other language because its translation is missing; for templates and for labels built in Python."""
    text = obj.get(field_name, "") if isinstance(obj, dict) else getattr(obj, field_name, "")
    language = shown_language(obj, field_name)
    if text and language != page_language():
        return format_html('<span lang="{}">{}</span>', language, text)
    return format_html("{}", text if text is not None else "")
