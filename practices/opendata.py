"""Open data: the columns of the practice exports (described in the codebook) and the schema.org record."""

from dataclasses import dataclass
from typing import Any

from django.utils.translation import gettext_lazy as _

from core.absolute import absolute_url
from core.i18n import page_language


@dataclass(frozen=True)
class Column:
    name: str
    description: Any
    value: Any


def joined(items):
    return "|".join(items)


COLUMNS = [
    Column("slug", _("Unique identifier of the practice, also the last part of its address."), lambda p: p.slug),
    Column("url", _("Address of the practice page in the language of the export."), lambda p: absolute_url(p)),
    Column("title_bg", _("Title in Bulgarian."), lambda p: p.title_bg),
    Column("title_en", _("Title in English."), lambda p: p.title_en),
    Column("summary_bg", _("One-paragraph summary in Bulgarian."), lambda p: p.summary_bg),
    Column("summary_en", _("One-paragraph summary in English."), lambda p: p.summary_en),
    Column("country", _("Country of origin, ISO 3166-1 alpha-2 code (GB for Scotland)."), lambda p: p.country.code),
    Column("country_name", _("Country of origin, name in the language of the export."), lambda p: p.country.name),
    Column("region_bg", _("Region or municipality in Bulgarian."), lambda p: p.region_bg),
    Column("region_en", _("Region or municipality in English."), lambda p: p.region_en),
    Column(
        "source_organisation",
        _("Name of the organisation the practice comes from."),
        lambda p: p.source_organisation.name,
    ),
    Column(
        "transfer_stage",
        _("Transfer stage code: studied, discussed, adapted, piloted or established."),
        lambda p: p.transfer_stage,
    ),
    Column("themes", _("Theme identifiers, separated by |."), lambda p: joined(t.slug for t in p.themes.all())),
    Column(
        "target_groups",
        _("Target group identifiers, separated by |."),
        lambda p: joined(g.slug for g in p.target_groups.all()),
    ),
    Column("tags", _("Free tags, separated by |."), lambda p: joined(t.name for t in p.tags.all())),
    Column("reviewed", _("true when a moderator has reviewed the practice, otherwise false."), lambda p: p.is_reviewed),
    Column(
        "completeness",
        _("Percentage (0–100) of the descriptive fields filled in both languages."),
        lambda p: p.completeness,
    ),
    Column(
        "published_at",
        _("Date and time of first publication, ISO 8601 with time zone."),
        lambda p: p.published_at.isoformat() if p.published_at else "",
    ),
]


def practice_row(practice):
    return {column.name: column.value(practice) for column in COLUMNS}


def practice_json_ld(practice):
    """A schema.org CreativeWork describing the practice, for search engines and link previews."""
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
        "keywords": [theme.name for theme in practice.themes.all()] + [tag.name for tag in practice.tags.all()],
        "audience": [{"@type": "Audience", "audienceType": group.name} for group in practice.target_groups.all()],
        "publisher": {"@type": "Organization", "name": str(_("Social innovation portal")), "url": absolute_url("/")},
    }
    if practice.published_at:
        data["datePublished"] = practice.published_at.isoformat()
    data["dateModified"] = practice.updated_at.isoformat()
    if practice.cover_image:
        data["image"] = absolute_url(practice.cover_image)
    return data
