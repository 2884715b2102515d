"""Tags: free words on practices, documents, films, news and events, named in Bulgarian and in English.

django-taggit's own `Tag` has one name; ours (`TaggableManager(through=TaggedItem)` on every tagged model) is
translated with modeltranslation (core/translation.py), so English pages show English names and fall back to the
Bulgarian one, marked `lang="bg"`, where no English name is given yet. A tag's slug is made once, from its
Bulgarian name transliterated (core.slugs), and never changes, so filtered addresses keep working.
"""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from taggit.managers import TaggableManager, _TaggableManager
from taggit.models import GenericTaggedItemBase, TagBase

from core.i18n import page_language
from core.slugs import slug_from_title


class Tag(TagBase):
    class Meta:
        verbose_name = _("tag")
        verbose_name_plural = _("tags")
        ordering = ["slug"]

    def slugify(self, tag, i=None):
        slug = slug_from_title(self.name_bg or self.name_en or tag, max_length=90) or "tag"
        return slug if i is None else f"{slug}-{i}"

    @property
    def fallback_language(self):
        """The language of the name shown on this page when it is not the page's (no name in the page's language
        yet), else ""; templates mark it with `lang` (includes/tag_name.html)."""
        language = page_language()
        if getattr(self, f"name_{language}"):
            return ""
        return "bg" if language == "en" else "en"


class TaggedItem(GenericTaggedItemBase):
    tag = models.ForeignKey(Tag, verbose_name=_("tag"), related_name="tagged_items", on_delete=models.CASCADE)

    class Meta:
        verbose_name = _("tagged item")
        verbose_name_plural = _("tagged items")
        constraints = [
            models.UniqueConstraint(fields=["content_type", "object_id", "tag"], name="core_one_tag_per_object")
        ]
        indexes = [models.Index(fields=["content_type", "object_id"])]


class _TranslatedTagsManager(_TaggableManager):
    """Tags typed as words find their tag by its Bulgarian or its English name, whatever the admin's language; a new
    word becomes a tag named in the language it was typed in."""

    def _to_tag_model_instances(self, tags, tag_kwargs):
        words = [tag for tag in tags if isinstance(tag, str)]
        known = {}
        for tag in Tag.objects.filter(Q(name_bg__in=words) | Q(name_en__in=words) | Q(slug__in=words)):
            for word in (tag.name_bg, tag.name_en, tag.slug):
                known.setdefault(word, tag)
        instances = []
        for tag in tags:
            if isinstance(tag, str):
                tag = known.get(tag) or Tag.objects.create(name=tag)
                known[tag.name] = tag
            instances.append(tag)
        return super()._to_tag_model_instances(instances, tag_kwargs)


def translated_tags(**kwargs):
    """The `tags` field of a tagged model: translated tags, found by either name."""
    return TaggableManager(_("tags"), through=TaggedItem, manager=_TranslatedTagsManager, blank=True, **kwargs)
