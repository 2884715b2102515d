from modeltranslation.translator import TranslationOptions, register

from exchange.models import Listing


@register(Listing)
class ListingTranslationOptions(TranslationOptions):
    fields = ("title", "description")
