import factory

from directory.geography import Oblast
from services.models import Service
from tests.factories.portal import OrganisationFactory


class ServiceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Service
        skip_postgeneration_save = True

    title_bg = factory.Sequence(lambda n: f"Социална услуга {n}")
    title_en = factory.Sequence(lambda n: f"Social service {n}")
    slug = factory.Sequence(lambda n: f"service-{n}")
    provider = factory.SubFactory(OrganisationFactory)
    summary_bg = "Дневна грижа и консултации."
    summary_en = "Day care and counselling."
    oblast = Oblast.BLAGOEVGRAD
    municipality = "Благоевград"
    phone = "+359 73 000 000"
    email = "usluga@example.org"

    @factory.post_generation
    def target_groups(self, create, groups, **kwargs):
        if create and groups:
            self.target_groups.set(groups)
