"""The referral directory as open data (see core.opendata): one row per social service shown on the site."""

from django.utils.translation import gettext_lazy as _

from core.absolute import absolute_url
from core.enums import ColumnType
from core.opendata import Dataset, column, slugs, translated, url_or_none
from services.forms import ServiceFilterForm
from services.models import Service

T = ColumnType


class ServiceDataset(Dataset):
    name = "services"
    title = _("Social services")
    description = _("One row per social service in the referral directory: who provides what, for whom and where.")
    list_url_name = "services:service-list"
    filter_form_class = ServiceFilterForm
    columns = (
        column(
            "slug",
            _("Unique identifier of the service, also the last part of its address."),
            T.IDENTIFIER,
            "day-centre",
        ),
        column(
            "url",
            _("Address of the service's page in the language of the export."),
            T.URL,
            "https://example.org/en/services/day-centre/",
            absolute_url,
        ),
        *translated(Service, "title", ("Дневен център", "Day centre")),
        column(
            "provider",
            _("Identifier of the provider organisation."),
            T.IDENTIFIER,
            "social-cooperative",
            lambda service: service.provider.slug,
        ),
        *translated(Service, "summary", ("Дневна грижа.", "Day care.")),
        *translated(Service, "eligibility", ("С направление.", "With a referral.")),
        column("target_groups", _("Target group identifiers."), T.LIST, ["older-people"], slugs("target_groups")),
        column("oblast", _("Oblast, ISO 3166-2:BG code."), T.IDENTIFIER, "BG-01"),
        column("municipality", _("Municipality, as the provider names it."), T.TEXT, "Благоевград"),
        *translated(Service, "address", ("ул. „Примерна“ 1", "1 Primerna St")),
        column("phone", _("Phone number."), T.TEXT, "+359 73 000 000"),
        column("email", _("E-mail address."), T.TEXT, "info@example.org"),
        column("website", _("Website."), T.URL, "https://example.org", lambda s: url_or_none(s.website), nullable=True),
        *translated(Service, "hours", ("9:00–17:00", "9:00 to 17:00")),
    )

    def get_queryset(self):
        return Service.objects.published().for_cards().order_by("title", "pk")
