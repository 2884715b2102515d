from modeltranslation.translator import TranslationOptions, register

from readiness.models import Advice, Dimension, Question, Scale, ScaleLevel


@register(Dimension)
class DimensionTranslationOptions(TranslationOptions):
    fields = ("title", "description")


@register(Scale)
class ScaleTranslationOptions(TranslationOptions):
    fields = ("name",)


@register(ScaleLevel)
class ScaleLevelTranslationOptions(TranslationOptions):
    fields = ("label", "description")


@register(Question)
class QuestionTranslationOptions(TranslationOptions):
    fields = ("text", "explanation")


@register(Advice)
class AdviceTranslationOptions(TranslationOptions):
    fields = ("text",)
