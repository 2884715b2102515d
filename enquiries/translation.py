from modeltranslation.translator import TranslationOptions, register

from enquiries.models import PublicAnswer


@register(PublicAnswer)
class PublicAnswerTranslationOptions(TranslationOptions):
    fields = ("title", "question", "answer")
