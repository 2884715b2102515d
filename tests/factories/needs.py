from datetime import timedelta

import factory
from django.utils import timezone

from core.enums import PublicationStatus
from needs.models import Option, Question, Survey
from tests.factories.portal import OrganisationFactory, TargetGroupFactory


class SurveyFactory(factory.django.DjangoModelFactory):
    """A published, open survey in Blagoevgrad about two target groups, with one question of two options."""

    class Meta:
        model = Survey
        skip_postgeneration_save = True

    title_bg = "Нужди на хората с увреждания в Благоевград"
    title_en = "Needs of people with disabilities in Blagoevgrad"
    slug = factory.Sequence(lambda n: f"survey-{n}")
    introduction_bg = "Община Благоевград пита какви услуги липсват."
    introduction_en = "The municipality of Blagoevgrad asks which services are missing."
    organisation = factory.SubFactory(OrganisationFactory)
    oblast = "BG-01"
    municipalities = "Благоевград\nСимитли"
    closes_on = factory.LazyFunction(lambda: timezone.localdate() + timedelta(days=30))
    status = PublicationStatus.PUBLISHED

    @factory.post_generation
    def questions(self, create, extracted, **kwargs):
        if not create:
            return
        self.target_groups.set(
            [TargetGroupFactory(name_bg="Хора с увреждания", name_en="People with disabilities"), TargetGroupFactory()]
        )
        question = Question.objects.create(
            survey=self, text_bg="Коя услуга липсва най-много?", text_en="Which service is missing most?"
        )
        Option.objects.create(question=question, text_bg="Личен асистент", text_en="Personal assistant", order=1)
        Option.objects.create(question=question, text_bg="Транспорт", text_en="Transport", order=2)
