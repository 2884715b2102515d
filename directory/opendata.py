"""Organisations and funded projects as open data (see core.opendata)."""

from django.utils.translation import gettext_lazy as _

from core.absolute import absolute_url
from core.enums import ColumnType
from core.opendata import Dataset, column, file_url, slugs, translated, url_or_none
from directory.forms import OrganisationFilterForm, organisation_filter_context
from directory.models import Organisation, Project

T = ColumnType


class OrganisationDataset(Dataset):
    name = "organisations"
    title = _("Organisations")
    description = _("One row per organisation in the directory: NGOs, providers, municipalities, companies, funders.")
    list_url_name = "directory:organisation-list"
    filter_form_class = OrganisationFilterForm
    columns = (
        column(
            "slug",
            _("Unique identifier of the organisation, also the last part of its address."),
            T.IDENTIFIER,
            "glasgow-works",
        ),
        column(
            "url",
            _("Address of the organisation's page in the language of the export."),
            T.URL,
            "https://example.org/en/organisations/glasgow-works/",
            absolute_url,
        ),
        *translated(Organisation, "name", ("Глазгоу Уъркс", "Glasgow Works")),
        column(
            "kind",
            _(
                "Kind code: ngo, service_provider, municipality, public_institution, ict_company, "
                "social_enterprise, research_institute or funder."
            ),
            T.IDENTIFIER,
            "ngo",
        ),
        column("country", _("Country, ISO 3166-1 alpha-2 code."), T.IDENTIFIER, "GB", lambda o: o.country.code),
        column(
            "country_name",
            _("Country, name in the language of the export."),
            T.TEXT,
            "United Kingdom",
            lambda o: o.country.name,
        ),
        *translated(Organisation, "city", ("Глазгоу", "Glasgow")),
        column(
            "website",
            _("The organisation's own website."),
            T.URL,
            "https://example.org",
            lambda o: url_or_none(o.website),
            nullable=True,
        ),
        column(
            "logo",
            _("Address of the logo."),
            T.URL,
            "https://example.org/media/organisations/logos/gw.png",
            lambda o: file_url(o.logo),
            nullable=True,
        ),
        *translated(Organisation, "description", ("Сдружение от 1998 г.", "An association founded in 1998.")),
    )

    def get_queryset(self):
        return Organisation.objects.order_by("name", "pk")

    def filter_form_kwargs(self, queryset):
        return organisation_filter_context(queryset)


class ProjectDataset(Dataset):
    name = "projects"
    title = _("Funded projects")
    description = _("One row per funded project: code, programme, dates, the budget split and who ran it.")
    list_url_name = "directory:project-list"
    columns = (
        column(
            "slug", _("Unique identifier of the project, also the last part of its address."), T.IDENTIFIER, "si-plus"
        ),
        column(
            "url",
            _("Address of the project's page in the language of the export."),
            T.URL,
            "https://example.org/en/projects/si-plus/",
            absolute_url,
        ),
        column("code", _("The project's code in its funding programme."), T.TEXT, "BG05M9OP001-1.003-0001"),
        *translated(Project, "title", ("Социални иновации плюс", "Social innovation plus")),
        *translated(
            Project, "funding_programme", ("ОП „Развитие на човешките ресурси“", "Human Resources Development OP")
        ),
        column("start_date", _("When the project started."), T.DATE, "2018-02-01", nullable=True),
        column("end_date", _("When the project ended or will end."), T.DATE, "2020-01-31", nullable=True),
        column("currency", _("Currency of the amounts, ISO 4217 code (BGN or EUR)."), T.IDENTIFIER, "BGN"),
        column("total_budget", _("Total budget."), T.DECIMAL, "198983.98"),
        column("eu_contribution", _("EU contribution."), T.DECIMAL, "169136.38"),
        column("national_cofinancing", _("National co-financing."), T.DECIMAL, "29847.60"),
        column(
            "lead_organisation",
            _("Identifier of the lead organisation (see the organisations data)."),
            T.IDENTIFIER,
            "glasgow-works",
            lambda p: p.lead_organisation.slug,
        ),
        column("partners", _("Identifiers of the partner organisations."), T.LIST, ["city-council"], slugs("partners")),
        *translated(Project, "summary", ("Обмен на добри практики.", "An exchange of good practices.")),
        *translated(Project, "objectives", ("Да пренесе три практики.", "To transfer three practices.")),
        *translated(Project, "target_groups_description", ("Хора с увреждания.", "Disabled people.")),
        *translated(Project, "activities", ("Посещения и обучения.", "Visits and trainings.")),
        *translated(Project, "expected_results", ("Три пилотни услуги.", "Three pilot services.")),
    )

    def get_queryset(self):
        return Project.objects.select_related("lead_organisation").prefetch_related("partners")
