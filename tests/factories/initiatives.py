from datetime import timedelta

import factory
from django.utils import timezone

from initiatives.enums import CallKind, CallStatus
from initiatives.models import Call
from tests.factories.portal import OrganisationFactory


class CallFactory(factory.django.DjangoModelFactory):
    """An approved, open call closing in a month."""

    class Meta:
        model = Call
        skip_postgeneration_save = True

    kind = CallKind.VOLUNTEERING
    title_bg = factory.Sequence(lambda n: f"Доброволци за читалище {n}")
    title_en = factory.Sequence(lambda n: f"Volunteers for a community centre {n}")
    summary_bg = "Търсим доброволци за занимания с деца."
    summary_en = "We look for volunteers to run activities with children."
    organisation = factory.SubFactory(OrganisationFactory)
    oblast = "BG-01"
    municipality = "Банско"
    closes_on = factory.LazyFunction(lambda: timezone.localdate() + timedelta(days=30))
    contact = "info@example.org"
    status = CallStatus.OPEN
    approved_at = factory.LazyFunction(timezone.now)

    @factory.post_generation
    def themes(call, create, extracted, **kwargs):
        if create and extracted:
            call.themes.set(extracted)

    @factory.post_generation
    def target_groups(call, create, extracted, **kwargs):
        if create and extracted:
            call.target_groups.set(extracted)
