"""Who opened the organisers' message: each e-mail links to the reader's copy on the site; opening it there (signed
in, or through the signed link) counts as read, and the organisers see "read by N of M" with names."""

import re
from urllib.parse import urlsplit

import pytest
from django.core import mail

from core import roles
from events import services
from events.enums import RegistrationStatus
from events.models import MessageReceipt, OrganiserMessage
from tests.factories.events import EventFactory, RegistrationFactory
from tests.factories.portal import ProfileFactory, VerifiedUserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def event(organiser):
    event = EventFactory(title_bg="Семинар в Благоевград", title_en="Seminar in Blagoevgrad")
    event.organisers.add(organiser)
    return event


def registrant(event, name, *, language="bg", status=RegistrationStatus.CONFIRMED):
    user = VerifiedUserFactory()
    ProfileFactory(user=user, display_name=name, language=language)
    return RegistrationFactory(event=event, user=user, status=status)


def send(event, capture, subject="Нова зала", body="Семинарът е в зала 2."):
    with capture(execute=True):
        services.message_registrants(event=event, subject=subject, body=body)
    return OrganiserMessage.objects.get(subject=subject)


def link_in(email):
    return re.search(r"https?://\S+\?receipt=\S+", email.body).group(0)


def test_the_email_links_to_the_readers_copy_and_opening_it_marks_it_read(
    client, event, django_capture_on_commit_callbacks
):
    elena = registrant(event, "Елена Петрова")
    registrant(event, "Georgi Dimitrov", language="en")
    registrant(event, "Чакаща", status=RegistrationStatus.WAITLISTED)
    message = send(event, django_capture_on_commit_callbacks)
    to_elena = next(email for email in mail.outbox if email.to == [elena.user.email])
    path = urlsplit(link_in(to_elena))._replace(scheme="", netloc="").geturl()

    page = client.get(path)
    again = client.get(path)

    assert len(mail.outbox) == 2  # the waiting list was not written to
    assert path.startswith(f"/bg/events/{event.slug}/messages/{message.pk}/?receipt=")
    assert "Прочетете съобщението в сайта" in to_elena.body
    assert page.status_code == 200 and "Семинарът е в зала 2." in page.content.decode()
    receipt = MessageReceipt.objects.get(registration=elena)
    assert receipt.read_at is not None and again.status_code == 200
    assert MessageReceipt.objects.get(registration=elena).read_at == receipt.read_at  # the first opening counts
    assert MessageReceipt.objects.filter(read_at__isnull=True).count() == 1
    english = next(email for email in mail.outbox if email.to != [elena.user.email])
    assert "/en/events/" in link_in(english) and "Read this message on the site" in english.body


def test_a_signed_in_participant_opening_the_message_marks_their_copy_read(
    client, event, django_capture_on_commit_callbacks
):
    elena = registrant(event, "Елена Петрова")
    message = send(event, django_capture_on_commit_callbacks)
    client.force_login(elena.user)

    client.get(f"/en/events/{event.slug}/messages/{message.pk}/")

    assert MessageReceipt.objects.get(registration=elena).read_at is not None


def test_a_forged_link_reads_nothing_and_a_stranger_sees_no_message(client, event, django_capture_on_commit_callbacks):
    registrant(event, "Елена Петрова")
    message = send(event, django_capture_on_commit_callbacks)
    stranger = VerifiedUserFactory()
    url = f"/en/events/{event.slug}/messages/{message.pk}/"

    anonymous = client.get(f"{url}?receipt=1:forged")
    client.force_login(stranger)
    signed_in = client.get(f"{url}?receipt=1:forged")

    assert anonymous.status_code == 302 and "/accounts/login/" in anonymous["Location"]
    assert signed_in.status_code == 404
    assert not MessageReceipt.objects.filter(read_at__isnull=False).exists()


def test_the_organiser_sees_read_by_n_of_m_with_names_in_both_languages(
    client, organiser, event, django_capture_on_commit_callbacks
):
    elena, georgi = registrant(event, "Елена Петрова"), registrant(event, "Георги Димитров")
    registrant(event, "Мария Иванова")
    message = send(event, django_capture_on_commit_callbacks)
    for reader in (elena, georgi):
        services.mark_message_read(receipt=MessageReceipt.objects.get(registration=reader))
    client.force_login(organiser)

    english = client.get(f"/en/events/{event.slug}/desk/messages/").content.decode()
    bulgarian = client.get(f"/bg/events/{event.slug}/desk/messages/").content.decode()
    detail = client.get(f"/bg/events/{event.slug}/messages/{message.pk}/").content.decode()

    assert "Read by 2 of 3 recipients" in english
    assert "Прочетено от 2 от 3 получатели" in bulgarian and "Прочетено от 2 от 3 получатели" in detail
    opened, not_yet = english.split("Not opened on the site yet:")
    assert "Елена Петрова" in opened and "Георги Димитров" in opened and "Мария Иванова" not in opened
    assert "Мария Иванова" in not_yet
    assert not MessageReceipt.objects.filter(registration__user=organiser).exists()


def test_an_organiser_of_another_event_sees_neither_the_list_nor_who_read(
    client, event, django_capture_on_commit_callbacks
):
    registrant(event, "Елена Петрова")
    message = send(event, django_capture_on_commit_callbacks)
    stranger = roles.assign_role(user=VerifiedUserFactory(), role=roles.ORGANISER)
    EventFactory().organisers.add(stranger)
    client.force_login(stranger)

    assert client.get(f"/en/events/{event.slug}/desk/messages/").status_code == 403
    assert client.get(f"/en/events/{event.slug}/messages/{message.pk}/").status_code == 404


@pytest.mark.parametrize(("people", "queries"), [(2, 7), (12, 7)])
def test_the_messages_page_costs_the_same_whatever_the_number_of_readers(
    client, organiser, event, django_capture_on_commit_callbacks, django_assert_num_queries, people, queries
):
    for number in range(people):
        registrant(event, f"Участник {number}")
    send(event, django_capture_on_commit_callbacks, subject="Първо")
    send(event, django_capture_on_commit_callbacks, subject="Второ")
    for receipt in MessageReceipt.objects.all()[: people // 2]:
        services.mark_message_read(receipt=receipt)
    client.force_login(organiser)

    with django_assert_num_queries(queries):
        response = client.get(f"/en/events/{event.slug}/desk/messages/")

    assert response.content.decode().count("Участник") == 2 * people
