"""The social services an organisation provides, listed on its page."""

from django.utils.translation import gettext_lazy as _

from core.linked import LinkedContent
from services.models import Service

SERVICES = LinkedContent(
    heading=_("Social services"),
    template_name="services/includes/linked_services.html",
    for_organisation=lambda organisation: Service.objects.published().filter(provider=organisation).for_cards(),
)
