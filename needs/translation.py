from modeltranslation.translator import TranslationOptions, register

from needs.models import Option, Question, Survey


@register(Survey)
class SurveyTranslationOptions(TranslationOptions):
    fields = ("title", "introduction")


@register(Question)
class QuestionTranslationOptions(TranslationOptions):
    fields = ("text",)


@register(Option)
class OptionTranslationOptions(TranslationOptions):
    fields = ("text",)
