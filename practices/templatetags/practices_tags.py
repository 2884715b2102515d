import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from practices.models import COVER_WIDTHS

register = template.Library()

# The escapes json_script uses, so the data cannot close the <script> element it sits in.
JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag
def json_ld(data):
    """A schema.org data block; browsers do not execute it, so the Content-Security-Policy allows it."""
    payload = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))  # noqa: S308


@register.simple_tag
def cover_srcset(practice):
    """The `srcset` of a practice's cover: the two renditions made on upload and the fitted original."""
    candidates = [
        (practice.cover_small, COVER_WIDTHS[0]),
        (practice.cover_medium, COVER_WIDTHS[1]),
        (practice.cover_image, practice.cover_width or COVER_WIDTHS[2]),
    ]
    return ", ".join(f"{image.url} {width}w" for image, width in candidates if image)
