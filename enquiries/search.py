"""What the site search indexes of the enquiry desk: the published, anonymised answers only."""

from django.utils.translation import gettext_lazy as _

from core.search import SearchSource
from enquiries.models import PublicAnswer

ANSWERS = SearchSource(
    model=PublicAnswer,
    kind="answers",
    label=_("Answers to enquiries"),
    objects=PublicAnswer.objects.published,
    title="title",
    summary=("question",),
    body=("answer",),
    dated="published_at",
)
