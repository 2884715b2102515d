from django import forms
from django.utils.translation import gettext_lazy as _

from core.lists import FilterForm


class NewsFilterForm(FilterForm):
    """The news list narrowed to one tag (the tags on each post link here)."""

    tag = forms.SlugField(label=_("Tag"), required=False, allow_unicode=True)  # tags written before kept Cyrillic slugs
    lookups = {"tag": "tags__slug"}
