from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import factory
from django.utils import timezone

from events.enums import EventStatus, EventType, RegistrationStatus, RoleKind, SessionKind
from events.models import Event, Person, ProgrammeDay, Registration, Room, Session, SessionRole
from tests.factories.portal import OrganisationFactory, UserFactory

SOFIA = ZoneInfo("Europe/Sofia")


def in_sofia(year, month, day, hour=9, minute=0):
    return datetime(year, month, day, hour, minute, tzinfo=SOFIA)


class EventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Event
        skip_postgeneration_save = True

    title_bg = factory.Sequence(lambda n: f"Конференция {n}")
    title_en = factory.Sequence(lambda n: f"Conference {n}")
    slug = factory.Sequence(lambda n: f"event-{n}")
    event_type = EventType.CONFERENCE
    status = EventStatus.PUBLISHED
    summary_bg = "Среща за социални иновации."
    summary_en = "A meeting about social innovation."
    start = factory.LazyFunction(lambda: timezone.now().replace(microsecond=0) + timedelta(days=30))
    end = factory.LazyAttribute(lambda event: event.start + timedelta(hours=8))
    venue_name_bg = "Хотел „Перла“"
    venue_name_en = "Perla Hotel"
    city_bg = "Слънчев бряг"
    city_en = "Sunny Beach"
    country = "BG"
    languages = "bg,en"
    organiser = factory.SubFactory(OrganisationFactory)


class ProgrammeDayFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ProgrammeDay

    event = factory.SubFactory(EventFactory)
    date = factory.LazyAttribute(lambda day: timezone.localtime(day.event.start).date())


class RoomFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Room

    event = factory.SubFactory(EventFactory)
    name_bg = factory.Sequence(lambda n: f"Зала {n}")
    name_en = factory.Sequence(lambda n: f"Room {n}")
    position = factory.Sequence(lambda n: n)


class SessionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Session

    day = factory.SubFactory(ProgrammeDayFactory)
    event = factory.SelfAttribute("day.event")
    kind = SessionKind.TALK
    title_bg = factory.Sequence(lambda n: f"Сесия {n}")
    title_en = factory.Sequence(lambda n: f"Session {n}")
    start = factory.LazyAttribute(lambda session: session.day.event.start)
    end = factory.LazyAttribute(lambda session: session.start + timedelta(hours=1))
    languages = "bg"


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Person

    name_bg = factory.Sequence(lambda n: f"Лектор {n}")
    name_en = factory.Sequence(lambda n: f"Speaker {n}")
    slug = factory.Sequence(lambda n: f"person-{n}")
    organisation = factory.SubFactory(OrganisationFactory)


class SessionRoleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SessionRole

    session = factory.SubFactory(SessionFactory)
    person = factory.SubFactory(PersonFactory)
    role = RoleKind.SPEAKER


class RegistrationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Registration

    event = factory.SubFactory(EventFactory)
    user = factory.SubFactory(UserFactory)
    status = RegistrationStatus.CONFIRMED
    position = factory.Sequence(lambda n: n + 1)
