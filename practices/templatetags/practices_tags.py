from django import template

from practices.models import COVER_WIDTHS

register = template.Library()


@register.simple_tag
def cover_srcset(practice):
    """The `srcset` of a practice's cover: the two renditions made on upload and the fitted original."""
    candidates = [
        (practice.cover_small, COVER_WIDTHS[0]),
        (practice.cover_medium, COVER_WIDTHS[1]),
        (practice.cover_image, practice.cover_width or COVER_WIDTHS[2]),
    ]
    return ", ".join(f"{image.url} {width}w" for image, width in candidates if image)
