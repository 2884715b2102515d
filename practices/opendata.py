"""The practices and documents as open data (see core.opendata): their columns, read from the public rows only."""

from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _

from core.absolute import absolute_url
from core.enums import ColumnType
from core.opendata import Dataset, column, file_url, slugs, translated, url_or_none
from practices import queries
from practices.forms import DocumentFilterForm, PracticeFilterForm
from practices.models import Document, Practice

T = ColumnType


def published_practices():
    return Prefetch(
        "practices", queryset=Practice.objects.published().only("id", "slug"), to_attr="published_practices"
    )


# The case template (title, description, the sections and the adaptation to Bulgaria), with an example per language.
PRACTICE_TEXTS = [
    ("title", ("Пътеки към работа", "Pathways to work")),
    (
        "summary",
        ("Наставници помагат на хора с увреждания да намерят работа.", "Mentors help disabled people into work."),
    ),
    ("description", ("Програмата започва през 2015 г. в Глазгоу.", "The programme started in Glasgow in 2015.")),
    ("problem", ("Малко хора с увреждания работят.", "Few disabled people are in work.")),
    ("how_it_works", ("Всеки участник има наставник.", "Each participant has a mentor.")),
    ("results", ("120 души започват работа за три години.", "120 people started work in three years.")),
    ("resources", ("Двама наставници и офис.", "Two mentors and an office.")),
    ("transfer_potential", ("Подходяща за по-големите общини.", "Suits larger municipalities.")),
    ("adaptation_preconditions", ("Доставчик на социални услуги.", "A social-service provider.")),
    ("adaptation_legal_funding", ("Закон за социалните услуги.", "The Social Services Act.")),
    ("adaptation_changes", ("По-кратко обучение на наставниците.", "Shorter training for the mentors.")),
    ("adaptation_barriers", ("Несигурно финансиране.", "Uncertain funding.")),
    ("adaptation_first_steps", ("Разговор с бюрото по труда.", "A meeting with the labour office.")),
    ("adaptation_bulgarian_experience", ("Сдружение в Габрово.", "An association in Gabrovo.")),
    ("region", ("Глазгоу", "Glasgow")),
    ("cover_credit", ("Илюстрация: портал", "Illustration: the portal")),
]


class PracticeDataset(Dataset):
    name = "practices"
    title = _("Good practices")
    description = _("One row per published practice: the whole case template, its adaptation to Bulgaria and links.")
    list_url_name = "practices:practice-list"
    filter_form_class = PracticeFilterForm
    columns = (
        column(
            "slug", _("Unique identifier of the practice, also the last part of its address."), T.IDENTIFIER, "pathways"
        ),
        column(
            "url",
            _("Address of the practice page in the language of the export."),
            T.URL,
            "https://example.org/en/practices/pathways/",
            absolute_url,
        ),
        *(pair for name, examples in PRACTICE_TEXTS for pair in translated(Practice, name, examples)),
        column(
            "country",
            _("Country of origin, ISO 3166-1 alpha-2 code (GB for Scotland)."),
            T.IDENTIFIER,
            "GB",
            lambda p: p.country.code,
        ),
        column(
            "country_name",
            _("Country of origin, name in the language of the export."),
            T.TEXT,
            "United Kingdom",
            lambda p: p.country.name,
        ),
        column(
            "source_organisation",
            _("Identifier of the organisation the practice comes from (see the organisations data)."),
            T.IDENTIFIER,
            "glasgow-works",
            lambda p: p.source_organisation.slug,
        ),
        column(
            "source_organisation_name",
            _("Name of the organisation the practice comes from."),
            T.TEXT,
            "Glasgow Works",
            lambda p: p.source_organisation.name,
        ),
        column("partners", _("Identifiers of the partner organisations."), T.LIST, ["city-council"], slugs("partners")),
        column(
            "project",
            _("Identifier of the funded project (see the projects data); empty when none."),
            T.IDENTIFIER,
            "si-plus",
            lambda p: p.project.slug if p.project else None,
            nullable=True,
        ),
        column(
            "transfer_stage",
            _("Transfer stage code: studied, discussed, adapted, piloted or established."),
            T.IDENTIFIER,
            "piloted",
        ),
        column("themes", _("Theme identifiers."), T.LIST, ["employment"], slugs("themes")),
        column("target_groups", _("Target group identifiers."), T.LIST, ["disability"], slugs("target_groups")),
        column("tags", _("Free tags."), T.LIST, ["mentoring"], lambda p: [tag.name for tag in p.tags.all()]),
        column(
            "contact_url",
            _("Website of the practice."),
            T.URL,
            "https://example.org",
            lambda p: url_or_none(p.contact_url),
            nullable=True,
        ),
        column("started_on", _("When the practice started."), T.DATE, "2015-09-01", nullable=True),
        column("ended_on", _("When the practice ended; empty while it runs."), T.DATE, "2019-06-30", nullable=True),
        column(
            "cover_image",
            _("Address of the cover image; its own credit and licence are in cover_credit."),
            T.URL,
            "https://example.org/media/practices/covers/pathways.jpg",
            lambda p: file_url(p.cover_image),
            nullable=True,
        ),
        column(
            "reviewed",
            _("true when a moderator has reviewed the practice, otherwise false."),
            T.BOOLEAN,
            True,
            lambda p: p.is_reviewed,
        ),
        column(
            "completeness",
            _("Percentage (0–100) of the descriptive fields filled in both languages."),
            T.INTEGER,
            85,
        ),
        column(
            "published_at",
            _("Date and time of first publication, ISO 8601 with time zone."),
            T.DATETIME,
            "2026-03-18T10:00:00+02:00",
            nullable=True,
        ),
        column("updated_at", _("Date and time of the last change."), T.DATETIME, "2026-04-02T16:30:00+03:00"),
    )

    def get_queryset(self):
        return (
            Practice.objects.published()
            .select_related("source_organisation", "project")
            .prefetch_related("partners", queries.themes_prefetch(), "target_groups", "tags")
        )


class DocumentDataset(Dataset):
    name = "documents"
    title = _("Documents")
    description = _("One row per published document: strategies, handbooks, reports and tools, uploaded or linked.")
    list_url_name = "practices:document-list"
    filter_form_class = DocumentFilterForm
    columns = (
        column(
            "slug", _("Unique identifier of the document, also the last part of its address."), T.IDENTIFIER, "handbook"
        ),
        column(
            "url",
            _("Address of the document's page in the language of the export."),
            T.URL,
            "https://example.org/en/documents/handbook/",
            absolute_url,
        ),
        *translated(Document, "title", ("Наръчник за наставници", "A handbook for mentors")),
        *translated(Document, "description", ("Как да започнете.", "How to start.")),
        column(
            "type",
            _("Type code: strategy, handbook, report, tool, policy_brief or other."),
            T.IDENTIFIER,
            "handbook",
            lambda d: d.document_type,
        ),
        column("language", _("Language the document is written in, ISO 639 code (mul: several)."), T.IDENTIFIER, "bg"),
        column(
            "download_url",
            _("Address that downloads the file or leads to the external link."),
            T.URL,
            "https://example.org/en/documents/handbook/download/",
            lambda d: absolute_url(d.get_download_url()),
        ),
        column(
            "external",
            _("true when the document is a link to another site, false when it is a file here."),
            T.BOOLEAN,
            False,
            lambda d: d.is_external,
        ),
        column(
            "file_format",
            _("Format of the uploaded file: pdf, docx, odt or xlsx; empty for a link."),
            T.IDENTIFIER,
            "pdf",
            lambda d: d.file_format or None,
            nullable=True,
        ),
        column("file_size", _("Size of the uploaded file in bytes."), T.INTEGER, 482133, nullable=True),
        column("page_count", _("Number of pages."), T.INTEGER, 48, nullable=True),
        column(
            "publisher",
            _("Identifier of the publishing organisation."),
            T.IDENTIFIER,
            "glasgow-works",
            lambda d: d.publisher.slug if d.publisher else None,
            nullable=True,
        ),
        column(
            "project",
            _("Identifier of the funded project (see the projects data); empty when none."),
            T.IDENTIFIER,
            "si-plus",
            lambda d: d.project.slug if d.project else None,
            nullable=True,
        ),
        column("publication_date", _("Date of publication."), T.DATE, "2025-11-20", nullable=True),
        column("themes", _("Theme identifiers."), T.LIST, ["employment"], slugs("themes")),
        column("tags", _("Free tags."), T.LIST, ["mentoring"], lambda d: [tag.name for tag in d.tags.all()]),
        column(
            "practices",
            _("Identifiers of the published practices the document belongs to."),
            T.LIST,
            ["pathways"],
            lambda d: [p.slug for p in d.published_practices],
        ),
    )

    def get_queryset(self):
        return (
            Document.objects.published()
            .select_related("publisher", "project")
            .prefetch_related(queries.themes_prefetch(), "tags", published_practices())
        )
