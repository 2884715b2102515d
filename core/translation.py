from modeltranslation.translator import TranslationOptions, register

from core.tags import Tag


@register(Tag)
class TagTranslationOptions(TranslationOptions):
    fields = ("name",)
    # Tags without an English name store none, so the unique English names never clash on an empty string.
    empty_values = {"name": None}
