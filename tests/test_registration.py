import threading

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.db import connection
from django.urls import reverse
from django.utils import translation

from events import queries, services
from events.enums import EventStatus, RegistrationStatus
from events.models import Registration
from tests.factories.events import EventFactory, RegistrationFactory
from tests.factories.portal import UserFactory

pytestmark = pytest.mark.django_db


def verified_user(**kwargs):
    user = UserFactory(**kwargs)
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


def test_register_participant_confirms_until_capacity_then_waitlists():
    event = EventFactory(capacity=2)
    users = [UserFactory() for _ in range(4)]

    registrations = [services.register_participant(event=event, user=user) for user in users]

    assert [r.status for r in registrations] == ["confirmed", "confirmed", "waitlisted", "waitlisted"]
    assert [queries.waiting_list_position(r) for r in registrations] == [None, None, 1, 2]


def test_register_participant_twice_is_refused():
    event = EventFactory()
    user = UserFactory()
    services.register_participant(event=event, user=user)

    with translation.override("en"), pytest.raises(services.RegistrationError, match="already registered"):
        services.register_participant(event=event, user=user)

    assert Registration.objects.filter(event=event, user=user).count() == 1


def test_register_participant_refused_for_cancelled_and_closed_events():
    cancelled = EventFactory(status=EventStatus.CANCELLED)
    closed = EventFactory()
    closed.registration_closes = closed.start.replace(year=2000)
    closed.registration_opens = closed.registration_closes.replace(year=1999)
    closed.save()

    with translation.override("en"), pytest.raises(services.RegistrationError, match="cancelled"):
        services.register_participant(event=cancelled, user=UserFactory())
    with translation.override("en"), pytest.raises(services.RegistrationError, match="closed"):
        services.register_participant(event=closed, user=UserFactory())
    assert Registration.objects.count() == 0


def test_cancel_registration_promotes_first_waiting_and_emails_them():
    event = EventFactory(capacity=1)
    first = services.register_participant(event=event, user=UserFactory())
    second = services.register_participant(event=event, user=UserFactory(email="second@example.org"))
    third = services.register_participant(event=event, user=UserFactory())

    services.cancel_registration(registration=first)

    second.refresh_from_db()
    third.refresh_from_db()
    assert second.status == RegistrationStatus.CONFIRMED
    assert third.status == RegistrationStatus.WAITLISTED
    assert queries.waiting_list_position(third) == 1


def test_cancel_registration_sends_promotion_email_after_commit(django_capture_on_commit_callbacks):
    event = EventFactory(capacity=1, title_bg="Семинар в Благоевград")
    first = services.register_participant(event=event, user=UserFactory())
    services.register_participant(event=event, user=UserFactory(email="waiting@example.org"))

    with django_capture_on_commit_callbacks(execute=True):
        services.cancel_registration(registration=first)

    promotion = [message for message in mail.outbox if message.to == ["waiting@example.org"]]
    assert len(promotion) == 1
    assert "Семинар в Благоевград" in promotion[0].subject


def test_message_registrants_sends_one_email_each(django_capture_on_commit_callbacks):
    event = EventFactory()
    RegistrationFactory(event=event, user=UserFactory(email="a@example.org"))
    RegistrationFactory(event=event, user=UserFactory(email="b@example.org"))
    RegistrationFactory(event=event, user=UserFactory(email="c@example.org"), status=RegistrationStatus.CANCELLED)

    with django_capture_on_commit_callbacks(execute=True):
        count = services.message_registrants(event=event, subject="Промяна", body="Залата е друга.")

    assert count == 2
    assert sorted(message.to[0] for message in mail.outbox) == ["a@example.org", "b@example.org"]


def test_register_view_full_event_shows_waiting_list_position(client):
    event = EventFactory(capacity=1)
    RegistrationFactory(event=event)
    user = verified_user()
    client.force_login(user)

    response = client.post(
        reverse("events:event-register", kwargs={"slug": event.slug}),
        {"organisation": "Сдружение „Бизнес Агенция“", "accessibility_needs": "Достъп без стъпала"},
        follow=True,
    )

    registration = Registration.objects.get(user=user)
    assert registration.status == RegistrationStatus.WAITLISTED
    assert registration.accessibility_needs == "Достъп без стъпала"
    assert response.context["waiting_position"] == 1
    assert list(response.context["messages"])[0].level_tag == "warning"


def test_register_view_refuses_unverified_email(client):
    event = EventFactory()
    user = UserFactory()
    client.force_login(user)

    client.post(reverse("events:event-register", kwargs={"slug": event.slug}), {"organisation": "X"})

    assert not Registration.objects.filter(user=user).exists()


def test_cancel_view_cancels_own_registration(client):
    event = EventFactory()
    user = verified_user()
    registration = RegistrationFactory(event=event, user=user)
    client.force_login(user)

    client.post(reverse("events:registration-cancel", kwargs={"slug": event.slug}))

    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.CANCELLED


def test_online_link_shown_only_to_registered_participants(client):
    event = EventFactory(is_online=True, online_url="https://meet.example.org/si-plus")
    registered = verified_user()
    RegistrationFactory(event=event, user=registered)
    url = reverse("events:event-detail", kwargs={"slug": event.slug})

    client.force_login(verified_user())
    stranger_page = client.get(url).content.decode()
    client.force_login(registered)
    registered_page = client.get(url).content.decode()

    assert "meet.example.org" not in stranger_page
    assert "https://meet.example.org/si-plus" in registered_page


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks need PostgreSQL")
def test_register_participant_concurrently_never_exceeds_capacity():
    event = EventFactory(capacity=3)
    users = [UserFactory() for _ in range(10)]
    barrier = threading.Barrier(len(users))
    errors = []

    def register(user):
        try:
            barrier.wait()
            services.register_participant(event=event, user=user)
        except Exception as error:  # noqa: BLE001 - collected and asserted below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=register, args=(user,)) for user in users]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert Registration.objects.filter(event=event, status=RegistrationStatus.CONFIRMED).count() == 3
    assert Registration.objects.filter(event=event, status=RegistrationStatus.WAITLISTED).count() == 7
    assert sorted(Registration.objects.filter(event=event).values_list("position", flat=True)) == list(range(1, 11))


def test_event_detail_asks_unverified_user_to_verify_instead_of_form(client):
    event = EventFactory()
    client.force_login(UserFactory())

    response = client.get(reverse("events:event-detail", kwargs={"slug": event.slug}))

    assert response.context["can_register"] is False
    assert f'action="/bg/events/{event.slug}/register/"' not in response.content.decode()


def test_event_detail_shows_form_to_verified_user(client):
    event = EventFactory()
    client.force_login(verified_user())

    response = client.get(reverse("events:event-detail", kwargs={"slug": event.slug}))

    assert f'action="/bg/events/{event.slug}/register/"' in response.content.decode()
