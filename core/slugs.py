"""Readable Latin slugs from titles, one mechanism for every model with a slug: `SlugFromTitle`.

A model that mixes it in gets its slug on first save when none was typed: from the Bulgarian title when the object
has one (the object was written in Bulgarian first), transliterated, else from the English title; a number is
appended when the slug is taken. The slug then stays as it is when the titles change, so addresses keep working.

Bulgarian is transliterated by the official Streamlined System (Transliteration Act 2009, State Gazette 19/2009):
щ → sht, ъ → a, ц → ts, and "ия" at the end of a word → "ia" (България → Bulgaria). The general-purpose libraries
(Unidecode behind python-slugify, `transliterate`) follow Russian conventions (щ → shch, ъ → ", ц → c), so they
produce slugs a Bulgarian reader does not recognise; the table below is the whole of the official system.
"""

import re

from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

STREAMLINED = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i", "й": "y",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sht", "ъ": "a", "ь": "y", "ю": "yu", "я": "ya",
}  # fmt: skip
WORD_FINAL_IA = re.compile(r"ия\b", re.IGNORECASE)


def transliterate_bulgarian(text):
    """Return `text` with Bulgarian Cyrillic letters written in Latin, keeping the case of each letter."""

    def replace_final_ia(match):
        return "IA" if match.group(0).isupper() else ("Ia" if match.group(0)[0].isupper() else "ia")

    text = WORD_FINAL_IA.sub(replace_final_ia, text)
    letters = []
    for char in text:
        latin = STREAMLINED.get(char.lower())
        if latin is None:
            letters.append(char)
        elif char.isupper():
            letters.append(latin.capitalize())
        else:
            letters.append(latin)
    return "".join(letters)


def slug_from_title(title, *, max_length=200):
    """A lowercase ASCII slug of `title`, Cyrillic transliterated, cut at a word boundary within `max_length`."""
    slug = slugify(transliterate_bulgarian(title))
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0]
    return slug


def unique_slug(model, title, *, exclude_pk=None, max_length=200, reserved=()):
    """`slug_from_title(title)`, with -2, -3, … appended when another row of `model` already has it or when it is
    one of the `reserved` words (addresses of other pages beside the detail pages)."""
    base = slug_from_title(title, max_length=max_length - 4) or model._meta.model_name
    rows = model._default_manager.filter(slug__startswith=base).exclude(pk=exclude_pk)
    taken = set(rows.values_list("slug", flat=True))
    taken.update(reserved)
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug


SLUG_HELP_TEXT = _("Left empty, it is made from the Bulgarian title, transliterated to Latin letters.")


class SlugFromTitle:
    """Mix into a model with a `slug` field (before `models.Model`): an empty slug is filled from `slug_source`
    (a field translated with modeltranslation, or a plain one) on save. `reserved_slugs` are words the slug may not
    take (the addresses of other pages beside the detail pages)."""

    slug_source = "title"
    reserved_slugs = ()

    def slug_source_text(self):
        """The Bulgarian title when there is one, else the English one (or the untranslated field)."""
        for name in (f"{self.slug_source}_bg", f"{self.slug_source}_en", self.slug_source):
            value = getattr(self, name, "")
            if value:
                return value
        return ""

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(
                type(self),
                self.slug_source_text(),
                exclude_pk=self.pk,
                max_length=self._meta.get_field("slug").max_length,
                reserved=self.reserved_slugs,
            )
            if kwargs.get("update_fields") is not None:
                kwargs["update_fields"] = {*kwargs["update_fields"], "slug"}
        super().save(*args, **kwargs)
