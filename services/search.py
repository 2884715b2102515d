"""What the site search indexes of the referral directory: the services shown on the site."""

from django.utils.translation import gettext_lazy as _

from core.search import SearchSource
from services.models import Service

SERVICES = SearchSource(
    model=Service,
    kind="services",
    label=_("Social services"),
    objects=Service.objects.published,
    title="title",
    summary=("summary",),
    body=("eligibility", "municipality", "address"),
    dated="updated_at",
)
