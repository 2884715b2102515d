import factory
from django.utils import timezone

from enquiries.enums import EnquiryStatus
from enquiries.models import Enquiry, PublicAnswer


class EnquiryFactory(factory.django.DjangoModelFactory):
    """A confirmed enquiry, received and not yet assigned."""

    class Meta:
        model = Enquiry

    question = factory.Sequence(lambda n: f"Има ли дневен център за възрастни хора в община Разлог? ({n})")
    name = "Мария Петрова"
    email = factory.Sequence(lambda n: f"enquirer{n}@example.org")
    language = "bg"
    status = EnquiryStatus.RECEIVED
    confirmed_at = factory.LazyFunction(timezone.now)


class PublicAnswerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PublicAnswer

    title_bg = factory.Sequence(lambda n: f"Дневна грижа в малко населено място {n}")
    title_en = factory.Sequence(lambda n: f"Day care in a small settlement {n}")
    slug = factory.Sequence(lambda n: f"answer-{n}")
    question_bg = "Има ли дневен център наблизо?"
    question_en = "Is there a day centre nearby?"
    answer_bg = "Да, в съседната община."
    answer_en = "Yes, in the neighbouring municipality."
    is_published = True
    published_at = factory.LazyFunction(timezone.now)
