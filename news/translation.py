from modeltranslation.translator import TranslationOptions, register

from news.models import NewsPost


@register(NewsPost)
class NewsPostTranslationOptions(TranslationOptions):
    fields = ("title", "summary", "body", "cover_alt")
