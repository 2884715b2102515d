"""An oblast's page: its open needs from the surveys there, next to the calls, services and exchange listings in the
same oblast (or one municipality of it) and the practices, films and events on the needs' themes.

The needs app is the top floor of the apps, so it reads the others' public querysets directly, as the home page does.
"""

from django.db.models import F

from core.linked import linked_sections
from core.united import read_united
from directory.geography import Oblast
from exchange.models import Listing
from initiatives.models import Call
from needs.models import Survey
from needs.results import most_chosen
from services.models import Service

TOP_NEEDS = 3
PER_SECTION = 6


def places_with_content():
    """The oblast codes, in order, where a published survey, an open call, a service or an exchange listing is."""
    querysets = (
        Survey.objects.published(),
        Call.objects.open(),
        Service.objects.published(),
        Listing.objects.published(),
    )
    codes = set()
    for queryset in querysets:
        codes.update(queryset.order_by().values_list("oblast", flat=True).distinct())
    return sorted(codes)


def place_content(oblast, municipality=""):
    """Everything the page shows for `oblast` (an Oblast value), narrowed to `municipality` when one is given."""
    calls = Call.objects.open().filter(oblast=oblast).with_card().order_by("closes_on")
    services = Service.objects.published().filter(oblast=oblast).for_cards().order_by("title")
    listings = Listing.objects.published().filter(oblast=oblast).select_related("organisation").order_by("-pk")
    # The municipalities with something in them, in one query for the three areas (core.united).
    named = [
        query.order_by().annotate(place=F("municipality")).values("place").distinct()
        for query in (calls, services, listings)
    ]
    municipalities = sorted({name for _area, name in read_united(named, ("place",)) if name})
    if municipality:
        calls, services, listings = (query.filter(municipality=municipality) for query in (calls, services, listings))
    surveys = list(Survey.objects.published().filter(oblast=oblast).select_related("organisation"))
    needs = most_chosen(surveys, limit=TOP_NEEDS)
    surveys = [{"survey": survey, "needs": needs.get(survey.pk, [])} for survey in surveys]
    theme_ids = sorted({row["option"].theme_id for item in surveys for row in item["needs"] if row["option"].theme_id})
    return {
        "oblast": Oblast(oblast),
        "municipality": municipality,
        "municipalities": municipalities,
        "surveys": surveys,
        "calls": calls[:PER_SECTION],
        "services": services[:PER_SECTION],
        "listings": listings[:PER_SECTION],
        "addressed_by": linked_sections(theme_ids, kind="themes", limit=4) if theme_ids else [],
    }
