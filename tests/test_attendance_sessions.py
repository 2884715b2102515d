"""Attendance per session as well as per day: the door volunteer ticks people for one session of a day."""

import json
from datetime import date

import pytest
from django.utils import timezone

from attendance import services
from attendance.models import CertificateSettings, CheckIn
from events.enums import EventStatus, EventType, RegistrationStatus
from tests.factories.events import EventFactory, ProgrammeDayFactory, RegistrationFactory, SessionFactory, in_sofia
from tests.factories.portal import ProfileFactory, VerifiedUserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def training(organiser):
    event = EventFactory(event_type=EventType.TRAINING, status=EventStatus.PUBLISHED)
    event.organisers.add(organiser)
    for day in range(1, 4):
        programme_day = ProgrammeDayFactory(event=event, date=date(2018, 9, day))
        for hour, title in ((10, "Модул"), (14, "Работа в групи")):
            SessionFactory(
                day=programme_day,
                title_bg=f"{title} {day}",
                title_en=f"Module {day} at {hour}",
                start=in_sofia(2018, 9, day, hour),
                end=in_sofia(2018, 9, day, hour + 2),
            )
    CertificateSettings.objects.create(event=event, minimum_days=2, signatory="Координатор")
    return event


def participant_of(event, name):
    user = VerifiedUserFactory()
    ProfileFactory(user=user, display_name=name)
    return RegistrationFactory(event=event, user=user, status=RegistrationStatus.CONFIRMED)


def list_url(event, day, session=None):
    return f"/{{language}}/events/{event.slug}/check-in/{day.pk}/" + (f"?session={session.pk}" if session else "")


def test_a_tick_for_a_session_shows_on_that_sessions_list_not_on_the_days(client, organiser, training):
    elena = participant_of(training, "Елена Петрова")
    day = training.days.first()
    module = day.sessions.order_by("start").first()
    client.force_login(organiser)

    tick = client.post(
        f"/bg/events/{training.slug}/check-in/{day.pk}/tick/?session={module.pk}",
        {"registration": elena.pk, "present": "1"},
    )
    for_session = client.get(list_url(training, day, module).format(language="bg")).content.decode()
    for_day = client.get(list_url(training, day).format(language="bg")).content.decode()
    in_english = client.get(list_url(training, day, module).format(language="en")).content.decode()

    assert (
        tick["Location"] == f"/bg/events/{training.slug}/check-in/{day.pk}/?session={module.pk}#registration-{elena.pk}"
    )
    assert CheckIn.objects.get().session == module
    assert "Присъствие, 1 септември 2018 г.: Модул 1" in for_session and "1 от 1 присъства" in for_session
    assert "0 от 1 присъстват" in for_day
    assert "Check-in, 1 September 2018: Module 1 at 10" in in_english and "1 of 1 present" in in_english


def test_session_ticks_queued_offline_are_applied_once(client, organiser, training):
    elena, georgi = participant_of(training, "Елена"), participant_of(training, "Георги")
    day = training.days.first()
    module = day.sessions.order_by("start").last()
    client.force_login(organiser)
    now = timezone.now().isoformat()
    batch = json.dumps(
        {
            "ticks": [
                {"id": "a", "registration": elena.pk, "present": True, "ticked_at": now},
                {"id": "b", "registration": georgi.pk, "present": True, "ticked_at": now},
            ]
        }
    )
    url = f"/en/events/{training.slug}/check-in/{day.pk}/ticks/?session={module.pk}"

    first = client.post(url, batch, content_type="application/json")
    replay = client.post(url, batch, content_type="application/json")

    assert first.json() == replay.json() == {"applied": ["a", "b"]}
    assert sorted(CheckIn.objects.values_list("registration_id", "session_id")) == [
        (elena.pk, module.pk),
        (georgi.pk, module.pk),
    ]


def test_a_session_of_another_day_is_not_found(client, organiser, training):
    first_day, second_day = training.days.order_by("date")[:2]
    client.force_login(organiser)

    response = client.get(list_url(training, first_day, second_day.sessions.first()).format(language="en"))

    assert response.status_code == 404
    with pytest.raises(services.TickError):
        services.tick(
            registration=participant_of(training, "Елена"),
            day=first_day,
            session=second_day.sessions.first(),
            present=True,
            ticked_at=timezone.now(),
            ticked_by=organiser,
        )


def test_days_count_for_certificates_whether_ticked_for_the_day_or_for_its_sessions(organiser, training):
    two_sessions_one_day = participant_of(training, "Една сесия на ден")
    sessions_on_two_days = participant_of(training, "Два дни по сесии")
    day_and_session = participant_of(training, "Ден и сесия")
    first, second = training.days.order_by("date")[:2]
    now = timezone.now()

    def tick(registration, day, session=None):
        services.tick(
            registration=registration, day=day, session=session, present=True, ticked_at=now, ticked_by=organiser
        )

    for session in first.sessions.all():
        tick(two_sessions_one_day, first, session)
    tick(sessions_on_two_days, first, first.sessions.first())
    tick(sessions_on_two_days, second, second.sessions.first())
    tick(day_and_session, first)
    tick(day_and_session, first, first.sessions.first())
    tick(day_and_session, second)

    eligible = {
        registration.user.profile.display_name: registration.days_present
        for registration in services.eligible_registrations(training)
    }

    assert eligible == {"Два дни по сесии": 2, "Ден и сесия": 2}


@pytest.mark.parametrize(("people", "with_session"), [(2, False), (12, False), (2, True), (12, True)])
def test_the_check_in_list_costs_the_same_whatever_the_number_of_people(
    client, organiser, training, django_assert_num_queries, people, with_session
):
    day = training.days.first()
    session = day.sessions.first() if with_session else None
    for number in range(people):
        participant_of(training, f"Участник {number}")
    client.force_login(organiser)
    url = list_url(training, day, session).format(language="bg")

    # the organiser (and their personal facts), the event, whether they organise it, its days, the day's sessions,
    # the ticks, the registrations, the site settings
    with django_assert_num_queries(9):
        response = client.get(url)

    assert response.content.decode().count('class="check-in-tick"') == people
