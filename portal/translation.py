from modeltranslation.translator import TranslationOptions, register

from portal.models import SiteSettings


@register(SiteSettings)
class SiteSettingsTranslationOptions(TranslationOptions):
    fields = ("funding_acknowledgement", "about", "terms")
