"""The schema.org record of a practice page, for search engines and link previews."""

from django.utils.translation import gettext_lazy as _

from core.absolute import absolute_url
from core.i18n import page_language


def practice_json_ld(practice):
    """A schema.org CreativeWork describing the practice, for search engines and link previews; `practice` has its
    page details (practices.views.practices.with_page_details)."""
    url = absolute_url(practice)
    data = {
        "@context": "https://schema.org",
        "@type": "CreativeWork",
        "@id": url,
        "url": url,
        "name": practice.title,
        "abstract": practice.summary,
        "inLanguage": page_language(),
        "spatialCoverage": {"@type": "Country", "name": practice.country.name, "identifier": practice.country.code},
        "creator": {"@type": "Organization", "name": practice.source_organisation.name},
        "keywords": [theme.name for theme in practice.listed_themes] + [tag.name for tag in practice.listed_tags],
        "audience": [{"@type": "Audience", "audienceType": group.name} for group in practice.listed_target_groups],
        "publisher": {"@type": "Organization", "name": str(_("Social innovation portal")), "url": absolute_url("/")},
    }
    if practice.published_at:
        data["datePublished"] = practice.published_at.isoformat()
    data["dateModified"] = practice.updated_at.isoformat()
    if practice.cover_image:
        data["image"] = absolute_url(practice.cover_image)
    return data
