from modeltranslation.translator import TranslationOptions, register

from .models import Film


@register(Film)
class FilmTranslationOptions(TranslationOptions):
    fields = ("title", "description", "produced_by", "translated_by")
