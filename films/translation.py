from modeltranslation.translator import TranslationOptions, register

from .models import Video


@register(Video)
class VideoTranslationOptions(TranslationOptions):
    fields = ("title", "description", "produced_by", "translated_by")
