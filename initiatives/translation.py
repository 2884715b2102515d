from modeltranslation.translator import TranslationOptions, register

from initiatives.models import Call


@register(Call)
class CallTranslationOptions(TranslationOptions):
    fields = ("title", "summary", "description")
