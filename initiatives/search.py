"""What the site search indexes of the calls: the approved ones, open and archived."""

from django.utils.translation import gettext_lazy as _

from core.search import SearchSource
from initiatives.models import Call

CALLS = SearchSource(
    model=Call,
    kind="call",
    label=_("Calls and volunteering"),
    objects=Call.objects.public,
    title="title",
    summary=("summary",),
    body=("description",),
    dated="created_at",
)
