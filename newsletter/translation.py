from modeltranslation.translator import TranslationOptions, register

from newsletter.models import Issue, IssueBlock


@register(Issue)
class IssueTranslationOptions(TranslationOptions):
    fields = ("subject", "introduction")


@register(IssueBlock)
class IssueBlockTranslationOptions(TranslationOptions):
    fields = ("title", "summary", "url")
