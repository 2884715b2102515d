import factory

from exchange.enums import Category, ListingKind
from exchange.models import Listing
from tests.factories.portal import MembershipFactory, VerifiedUserFactory


class ListingFactory(factory.django.DjangoModelFactory):
    """A shown offer (by default) of skills in Blagoevgrad, by a verified user of its own, written in both languages.

    Made directly, so no matching runs: tests that want matches post through `exchange.services`."""

    class Meta:
        model = Listing

    kind = ListingKind.OFFER
    category = Category.SKILLS
    title_bg = factory.Sequence(lambda n: f"Предложение {n}")
    title_en = factory.Sequence(lambda n: f"Offer {n}")
    description_bg = "Описание."
    description_en = "A description."
    oblast = "BG-01"
    municipality = "Банско"
    author = factory.SubFactory(VerifiedUserFactory)


def make_member(user, organisation):
    """Make `user` an accepted member of `organisation`."""
    MembershipFactory(user=user, organisation=organisation)
    return user
