from modeltranslation.translator import TranslationOptions, register

from forum.models import Category


@register(Category)
class CategoryTranslationOptions(TranslationOptions):
    fields = ("name", "description")
