from modeltranslation.translator import TranslationOptions, register

from .models import Document, Practice


@register(Practice)
class PracticeTranslationOptions(TranslationOptions):
    fields = (
        "title",
        "summary",
        "description",
        "problem",
        "how_it_works",
        "results",
        "resources",
        "transfer_potential",
        "adaptation_preconditions",
        "adaptation_legal_funding",
        "adaptation_changes",
        "adaptation_barriers",
        "adaptation_first_steps",
        "adaptation_bulgarian_experience",
        "region",
        "cover_alt",
    )


@register(Document)
class DocumentTranslationOptions(TranslationOptions):
    fields = ("title", "description")
