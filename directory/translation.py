from modeltranslation.translator import TranslationOptions, register

from directory.models import Organisation, Project, TargetGroup, Theme


@register(Theme)
@register(TargetGroup)
class CuratedTermTranslationOptions(TranslationOptions):
    fields = ("name", "description")


@register(Organisation)
class OrganisationTranslationOptions(TranslationOptions):
    fields = ("name", "city", "description")


@register(Project)
class ProjectTranslationOptions(TranslationOptions):
    fields = (
        "title",
        "funding_programme",
        "summary",
        "objectives",
        "target_groups_description",
        "activities",
        "expected_results",
    )
