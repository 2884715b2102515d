from django import template
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import pgettext

from core import formats
from core.absolute import absolute_url
from core.enums import Currency
from core.feeds import feed_links
from core.field_markup import field_markup
from core.i18n import marked_field, page_language, shown_language, written_language
from core.jsonld import json_ld_script
from core.markdown import render_markdown
from core.numbers import format_amount

register = template.Library()


@register.simple_tag
def translation_missing(obj, field_name):
    """True when `field_name` of `obj` is empty in the page language, so a fallback is shown."""
    return not getattr(obj, f"{field_name}_{page_language()}", None)


@register.simple_tag
def lang_attr(language):
    """` lang="xx"` for an element whose text is in `language` when that is not the page's language, else "":
    `<h1{% lang_attr film|shown_language:"title" %}>`, `<div{% lang_attr post.language %}>`."""
    if language and language != page_language():
        return format_html(' lang="{}"', language)
    return ""


@register.filter
def lang_span(text):
    """`text` (a name, a tag: words nobody translates) in a `<span lang>` when its letters are in another language
    than the page's; escaped either way. Fits inside `{% blocktranslate with name=...|lang_span %}`."""
    language = written_language(text)
    if language and language != page_language():
        return format_html('<span lang="{}">{}</span>', language, text)
    return format_html("{}", text)


@register.filter
def in_language(obj, field_name):
    """`obj.<field_name>` (a translated field) escaped, in a `<span lang>` when the page shows it in the other
    language because its translation is missing: `{{ organisation|in_language:"name" }}` (core.i18n.marked_field)."""
    return marked_field(obj, field_name)


@register.filter
def tag_name(tag):
    """A tag's name in the page language, or marked with its own language where it has none in the page's yet."""
    if tag.fallback_language:
        return format_html('<span lang="{}">{}</span>', tag.fallback_language, tag.name)
    return conditional_escape(tag.name)


@register.filter
def lang_attribute(label):
    """` lang="bg"` for a label shown in another language than the page's: a tag without an English name, or a
    label whose letters are the other language's (a theme not yet translated)."""
    language = getattr(label, "fallback_language", "") or written_language(label)
    return format_html(' lang="{}"', language) if language and language != page_language() else ""


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
    # Sanitised by nh3 in core.markdown (ruff S308, bandit B308/B703 ask about every mark_safe).
    return mark_safe(render_markdown(text))  # noqa: S308 # nosec


# Shared with views and e-mails, so they live in plain modules and are only registered here.
register.filter("long_date", formats.long_date)
register.filter("machine_datetime", formats.machine_datetime)  # <time datetime="{{ when|machine_datetime }}">

register.filter("shown_language", shown_language)  # {% lang_attr practice|shown_language:"title" %}
register.filter("written_language", written_language)  # {% lang_attr option_label|written_language %}
register.filter("absolute_url", absolute_url)  # {{ request.path|absolute_url }}, {{ film|absolute_url }}
register.simple_tag(json_ld_script, name="json_ld")  # {% json_ld data %}: a schema.org block built by the view
register.simple_tag(feed_links)  # {% feed_links "practices:country-feed" _("New practices from Italy") code="IT" %}


@register.simple_tag
def field(bound_field):
    """`{% field form.body %}`: the field's accessible markup (includes/field.html), an empty one kept per worker."""
    return field_markup(bound_field)
