from modeltranslation.translator import TranslationOptions, register

from .models import Document, Practice
from .models.practices import DESCRIPTIVE_FIELDS


@register(Practice)
class PracticeTranslationOptions(TranslationOptions):
    fields = ("title", *DESCRIPTIVE_FIELDS, "region", "cover_alt", "cover_credit")


@register(Document)
class DocumentTranslationOptions(TranslationOptions):
    fields = ("title", "description")
