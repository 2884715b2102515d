"""Check-in at the door and certificates of attendance."""

import io
import json
from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader

from attendance import services
from attendance.models import Certificate, CertificateSettings, CheckIn
from core import roles
from events.enums import EventStatus, EventType, RegistrationStatus
from tests.factories.events import EventFactory, ProgrammeDayFactory, RegistrationFactory
from tests.factories.portal import ProfileFactory, VerifiedUserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def training(organiser):
    event = EventFactory(
        event_type=EventType.TRAINING,
        status=EventStatus.PUBLISHED,
        title_bg="Обучение в „Перла“",
        title_en="Training at the Perla",
        venue_name="Хотел „Перла“",
        city="Слънчев бряг",
    )
    event.organisers.add(organiser)
    for day in range(1, 7):
        ProgrammeDayFactory(event=event, date=date(2018, 9, day))
    CertificateSettings.objects.create(event=event, minimum_days=5, hours=40, signatory="Координатор на проекта")
    return event


def participant_of(event, name, *, status=RegistrationStatus.CONFIRMED, language="bg"):
    user = VerifiedUserFactory()
    ProfileFactory(user=user, display_name=name, language=language)
    return RegistrationFactory(event=event, user=user, status=status)


def attend(registration, days):
    for day in registration.event.days.order_by("date")[:days]:
        CheckIn.objects.create(registration=registration, day=day, present=True, ticked_at=timezone.now())


def ticks_url(event, day):
    return reverse("attendance:ticks", args=[event.slug, day.pk])


def test_a_tick_sent_twice_is_applied_once_and_an_older_tick_never_overwrites_a_newer_one(training, organiser):
    registration = participant_of(training, "Елена Петрова")
    day = training.days.first()
    now = timezone.now()

    services.tick(registration=registration, day=day, present=True, ticked_at=now, ticked_by=organiser, client_id="a")
    services.tick(
        registration=registration,
        day=day,
        present=False,
        ticked_at=now - timedelta(minutes=5),
        ticked_by=organiser,
        client_id="late",
    )
    services.tick(registration=registration, day=day, present=True, ticked_at=now, ticked_by=organiser, client_id="a")

    check_in = CheckIn.objects.get()
    assert (check_in.present, check_in.client_id) == (True, "a")


def test_ticks_queued_offline_are_replayed_without_duplicates(client, organiser, training):
    elena = participant_of(training, "Елена Петрова")
    georgi = participant_of(training, "Георги Димитров")
    day = training.days.first()
    client.force_login(organiser)
    later = timezone.now().isoformat()
    batch = {
        "ticks": [
            {"id": "1", "registration": elena.pk, "present": True, "ticked_at": later},
            {"id": "2", "registration": georgi.pk, "present": True, "ticked_at": later},
            {"id": "3", "registration": 999999, "present": True, "ticked_at": later},
            {"id": "4", "registration": georgi.pk, "present": True, "ticked_at": "not a time"},
            "not a tick",
        ]
    }

    first = client.post(ticks_url(training, day), json.dumps(batch), content_type="application/json")
    replay = client.post(ticks_url(training, day), json.dumps(batch), content_type="application/json")

    assert first.json() == {"applied": ["1", "2"]}
    assert replay.json() == {"applied": ["1", "2"]}
    assert sorted(CheckIn.objects.values_list("registration_id", "present")) == [(elena.pk, True), (georgi.pk, True)]


def test_a_malformed_batch_gets_a_message_not_an_error(client, organiser, training):
    client.force_login(organiser)

    response = client.post(
        ticks_url(training, training.days.first()),
        "{broken",
        content_type="application/json",
        HTTP_ACCEPT_LANGUAGE="bg",
    )

    assert response.status_code == 400
    assert "error" in response.json()


def test_the_list_ticks_without_javascript_and_shows_who_is_present(client, organiser, training):
    elena = participant_of(training, "Елена Петрова")
    participant_of(training, "Чакаща Участничка", status=RegistrationStatus.WAITLISTED)
    day = training.days.first()
    client.force_login(organiser)

    tick = client.post(
        f"/bg/events/{training.slug}/check-in/{day.pk}/tick/", {"registration": elena.pk, "present": "1"}
    )
    html = client.get(f"/bg/events/{training.slug}/check-in/{day.pk}/").content.decode()

    assert tick["Location"] == f"/bg/events/{training.slug}/check-in/{day.pk}/#registration-{elena.pk}"
    assert "Елена Петрова" in html
    assert "Чакаща Участничка" not in html
    assert "1 от 1 присъства" in html
    assert 'aria-pressed="true"' in html


def test_the_list_finds_people_by_name(client, organiser, training):
    participant_of(training, "Елена Петрова")
    participant_of(training, "Георги Димитров")
    client.force_login(organiser)

    html = client.get(
        f"/bg/events/{training.slug}/check-in/{training.days.first().pk}/", {"q": "елена"}
    ).content.decode()

    assert "Елена Петрова" in html
    assert "Георги Димитров" not in html


def test_only_the_events_organisers_and_moderators_open_its_check_in_list(client, training, moderator):
    other_organiser = VerifiedUserFactory()
    roles.assign_role(user=other_organiser, role=roles.ORGANISER)
    participant = participant_of(training, "Елена Петрова").user
    url = f"/bg/events/{training.slug}/check-in/{training.days.first().pk}/"

    for user, status in ((other_organiser, 403), (participant, 403), (moderator, 200)):
        client.force_login(user)
        assert client.get(url).status_code == status


def test_participants_who_attended_enough_days_are_eligible(training):
    everyday = participant_of(training, "Всеки ден")
    five = participant_of(training, "Пет дни")
    three = participant_of(training, "Три дни")
    cancelled = participant_of(training, "Отменила", status=RegistrationStatus.CANCELLED)
    attend(everyday, 6)
    attend(five, 5)
    attend(three, 3)
    attend(cancelled, 6)

    issued = services.issue_certificates(event=training)
    again = services.issue_certificates(event=training)

    assert issued == 2 and again == 0
    assert sorted(Certificate.objects.values_list("holder_name", "days_attended")) == [("Всеки ден", 6), ("Пет дни", 5)]


def certificate_text(response):
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "bg",
            [
                "Удостоверение за участие",
                "Елена Петрова",
                "Обучение в „Перла“",
                "1 септември 2018 г.",
                "6 септември 2018 г.",
                "6 от 6 дни",
                "40 учебни часа",
            ],
        ),
        (
            "en",
            [
                "Certificate of attendance",
                "Елена Петрова",
                "Training at the Perla",
                "1 September 2018",
                "6 September 2018",
                "6 of 6 days",
                "40 hours of training",
            ],
        ),
    ],
)
def test_the_holder_downloads_the_certificate_in_their_language(client, training, language, expected):
    registration = participant_of(training, "Елена Петрова", language=language)
    attend(registration, 6)
    services.issue_certificates(event=training)
    certificate = Certificate.objects.get()
    client.force_login(registration.user)

    response = client.get(f"/bg/certificates/{certificate.code}/pdf/")

    assert response["Content-Type"] == "application/pdf"
    text = certificate_text(response)
    for part in expected:
        assert part in text
    assert certificate.code in text


def test_nobody_else_downloads_a_certificate(client, training):
    registration = participant_of(training, "Елена Петрова")
    attend(registration, 6)
    services.issue_certificates(event=training)
    client.force_login(VerifiedUserFactory())

    assert client.get(f"/en/certificates/{Certificate.objects.get().code}/pdf/").status_code == 404


def test_the_verification_page_confirms_a_code_without_other_personal_data(client, training):
    registration = participant_of(training, "Елена Петрова")
    attend(registration, 6)
    services.issue_certificates(event=training)
    certificate = Certificate.objects.get()

    genuine = client.get(f"/bg/certificates/{certificate.code.lower()}/")
    unknown = client.get("/bg/certificates/NOTACODE00/")
    typed = client.get("/bg/certificates/", {"code": f" {certificate.code[:5]} {certificate.code[5:]} "})

    html = genuine.content.decode()
    assert f"Удостоверение {certificate.code} е истинско." in html
    assert "Елена Петрова" in html and "Обучение в „Перла“" in html
    assert registration.user.email not in html
    assert unknown.status_code == 404
    assert "Няма удостоверение с код NOTACODE00." in unknown.content.decode()
    assert typed["Location"] == f"/bg/certificates/{certificate.code}/"


def test_an_organiser_issues_certificates_in_bulk_from_the_admin_and_sees_the_progress(client, organiser, training):
    for name in ("Елена Петрова", "Георги Димитров"):
        attend(participant_of(training, name), 6)
    client.force_login(organiser)
    settings = training.certificate_settings

    client.post(
        reverse("admin:attendance_certificatesettings_changelist"),
        {"action": "issue_certificates", "_selected_action": [settings.pk]},
    )
    listing = client.get(reverse("admin:attendance_certificatesettings_changelist"), HTTP_ACCEPT_LANGUAGE="en")

    assert Certificate.objects.count() == 2
    assert "2 of 2 eligible" in listing.content.decode()


def test_the_profile_lists_ones_certificates(client, training):
    registration = participant_of(training, "Елена Петрова")
    attend(registration, 6)
    services.issue_certificates(event=training)
    client.force_login(registration.user)

    html = client.get("/bg/profile/").content.decode()

    assert "<h2>Удостоверения за участие</h2>" in html
    assert f'href="/bg/certificates/{Certificate.objects.get().code}/pdf/">Обучение в „Перла“</a>' in html
