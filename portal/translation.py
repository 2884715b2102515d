from modeltranslation.translator import TranslationOptions, register

from .models import Organisation, Post, Project, SiteSettings, TargetGroup, Theme


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


@register(SiteSettings)
class SiteSettingsTranslationOptions(TranslationOptions):
    fields = ("funding_acknowledgement",)


@register(Post)
class PostTranslationOptions(TranslationOptions):
    fields = ("title", "summary", "body", "cover_alt")
