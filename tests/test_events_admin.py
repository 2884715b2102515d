import csv
import io

import pytest
from django.core import mail
from django.urls import reverse

from core import roles
from events import services
from events.enums import EventStatus, RegistrationStatus
from tests.factories.events import EventFactory, ProgrammeDayFactory, RegistrationFactory, SessionFactory
from tests.factories.portal import ProfileFactory, UserFactory, with_two_factor

pytestmark = pytest.mark.django_db


@pytest.fixture
def own_and_foreign(organiser):
    own = EventFactory(title_bg="Моето събитие", status=EventStatus.DRAFT)
    own.organisers.add(organiser)
    foreign = EventFactory(title_bg="Чуждо събитие")
    foreign.organisers.add(UserFactory())
    return own, foreign


def test_organiser_changelist_shows_only_own_events(client, organiser, own_and_foreign):
    client.force_login(organiser)

    content = client.get(reverse("admin:events_event_changelist")).content.decode()

    assert "Моето събитие" in content
    assert "Чуждо събитие" not in content


def test_organiser_cannot_open_or_change_foreign_event(client, organiser, own_and_foreign):
    own, foreign = own_and_foreign
    client.force_login(organiser)

    own_page = client.get(reverse("admin:events_event_change", args=[own.pk]))
    foreign_page = client.get(reverse("admin:events_event_change", args=[foreign.pk]))
    client.post(reverse("admin:events_event_delete", args=[foreign.pk]), {"post": "yes"})

    assert own_page.status_code == 200
    assert foreign_page.status_code == 302  # the admin redirects away from objects it does not show
    foreign.refresh_from_db()
    assert foreign.title_bg == "Чуждо събитие"


def test_organiser_cannot_see_foreign_sessions_or_registrations(client, organiser, own_and_foreign):
    own, foreign = own_and_foreign
    SessionFactory(day=ProgrammeDayFactory(event=own), title_bg="Моя сесия")
    foreign_session = SessionFactory(day=ProgrammeDayFactory(event=foreign), title_bg="Чужда сесия")
    RegistrationFactory(event=foreign, user=UserFactory(email="secret@example.org"))
    client.force_login(organiser)

    sessions = client.get(reverse("admin:events_session_changelist")).content.decode()
    registrations = client.get(reverse("admin:events_registration_changelist")).content.decode()
    foreign_session_page = client.get(reverse("admin:events_session_change", args=[foreign_session.pk]))

    assert "Моя сесия" in sessions and "Чужда сесия" not in sessions
    assert "secret@example.org" not in registrations
    assert foreign_session_page.status_code == 302


def test_session_admin_offers_only_own_events(client, organiser, own_and_foreign):
    own, foreign = own_and_foreign
    client.force_login(organiser)

    response = client.get(reverse("admin:events_session_add"))

    choices = list(response.context["adminform"].form.fields["event"].queryset)
    assert choices == [own]


def test_moderator_sees_all_events(client, own_and_foreign):
    moderator = with_two_factor(roles.assign_role(user=UserFactory(), role=roles.MODERATOR))
    client.force_login(moderator)

    content = client.get(reverse("admin:events_event_changelist")).content.decode()

    assert "Моето събитие" in content and "Чуждо събитие" in content


def test_publish_action_publishes_own_event(client, organiser, own_and_foreign):
    own, _foreign = own_and_foreign
    client.force_login(organiser)

    client.post(reverse("admin:events_event_changelist"), {"action": "publish", "_selected_action": [own.pk]})

    own.refresh_from_db()
    assert own.status == EventStatus.PUBLISHED
    assert own.published_at is not None


def test_export_registrations_csv_has_bom_and_cyrillic(client, organiser, own_and_foreign):
    own, _foreign = own_and_foreign
    maria = ProfileFactory(display_name="Мария Петрова").user
    RegistrationFactory(event=own, user=maria, organisation="Сдружение „Бизнес Агенция“", accessibility_needs="Рампа")
    RegistrationFactory(event=own, status=RegistrationStatus.WAITLISTED)
    client.force_login(organiser)

    response = client.post(
        reverse("admin:events_event_changelist"), {"action": "export_registrations", "_selected_action": [own.pk]}
    )

    body = response.content
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert body.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    assert len(rows) == 3
    assert rows[1][2] == "Мария Петрова"  # the display name given at sign-up
    assert rows[1][3] == "Сдружение „Бизнес Агенция“"
    assert rows[1][4] == "Рампа"


def test_message_registrants_action_emails_confirmed(
    client, organiser, own_and_foreign, django_capture_on_commit_callbacks
):
    own, _foreign = own_and_foreign
    RegistrationFactory(event=own, user=UserFactory(email="one@example.org"))
    RegistrationFactory(event=own, user=UserFactory(email="wait@example.org"), status=RegistrationStatus.WAITLISTED)
    client.force_login(organiser)
    url = reverse("admin:events_event_changelist")

    form_page = client.post(url, {"action": "message_registrants", "_selected_action": [own.pk]})
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            url,
            {
                "action": "message_registrants",
                "_selected_action": [own.pk],
                "send": "1",
                "subject": "Нова зала",
                "body": "Зала 2.",
            },
        )

    assert "subject" in form_page.context["form"].fields
    assert [message.to for message in mail.outbox] == [["one@example.org"]]
    assert mail.outbox[0].subject == "Нова зала"


def test_new_event_by_organiser_lists_them_as_manager(client, organiser):
    from tests.factories.portal import OrganisationFactory

    organisation = OrganisationFactory()
    client.force_login(organiser)
    data = {
        "title_bg": "Ново",
        "title_en": "New",
        "slug": "novo",
        "event_type": "seminar",
        "summary_bg": "Кратко",
        "start_0": "2027-04-01",
        "start_1": "09:00",
        "end_0": "2027-04-01",
        "end_1": "17:00",
        "organiser": organisation.pk,
        "languages": "bg",
        "country": "BG",
    }
    for prefix in ("days", "rooms", "sessions"):
        data.update({f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0"})

    response = client.post(reverse("admin:events_event_add"), data)

    assert response.status_code == 302, response.context["adminform"].form.errors
    from events.models import Event

    assert list(Event.objects.get(slug="novo").organisers.all()) == [organiser]


def test_registration_event_filter_offers_only_own_events(client, organiser, own_and_foreign):
    own, _foreign = own_and_foreign
    client.force_login(organiser)

    content = client.get(reverse("admin:events_registration_changelist")).content.decode()

    assert "Моето събитие" in content
    assert "Чуждо събитие" not in content


def test_session_admin_change_on_published_event_is_logged_and_overlap_refused(client, organiser):
    from events.models import ProgrammeChange
    from tests.factories.events import RoomFactory, in_sofia

    event = EventFactory(start=in_sofia(2027, 3, 10, 9), end=in_sofia(2027, 3, 10, 18))
    event.organisers.add(organiser)
    day = ProgrammeDayFactory(event=event)
    room = RoomFactory(event=event)
    SessionFactory(day=day, room=room, title_bg="Заета", start=in_sofia(2027, 3, 10, 14), end=in_sofia(2027, 3, 10, 15))
    session = SessionFactory(day=day, room=room, start=in_sofia(2027, 3, 10, 9), end=in_sofia(2027, 3, 10, 10))
    client.force_login(organiser)
    url = reverse("admin:events_session_change", args=[session.pk])

    def post(start, end):
        data = {
            "event": event.pk,
            "day": day.pk,
            "room": room.pk,
            "kind": "talk",
            "title_bg": session.title_bg,
            "title_en": session.title_en,
            "languages": "bg",
            "start_0": "2027-03-10",
            "start_1": start,
            "end_0": "2027-03-10",
            "end_1": end,
        }
        for prefix in ("roles", "materials"):
            data.update({f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0"})
        return client.post(url, data)

    refused = post("14:30", "15:30")
    moved = post("11:00", "12:00")

    assert "Заета" in str(refused.context["adminform"].form.errors["start"])
    assert moved.status_code == 302
    session.refresh_from_db()
    assert session.start == in_sofia(2027, 3, 10, 11)
    assert list(ProgrammeChange.objects.values_list("kind", flat=True)) == ["rescheduled"]


def test_deleting_a_session_of_a_published_event_writes_the_change_log_in_both_languages(client, organiser):
    event = EventFactory(status=EventStatus.PUBLISHED)
    event.organisers.add(organiser)
    session = SessionFactory(day=ProgrammeDayFactory(event=event), title_bg="Панел", title_en="Panel")
    client.force_login(organiser)

    client.post(reverse("admin:events_session_delete", args=[session.pk]), {"post": "yes"})

    change = event.changes.get()
    assert not event.sessions.exists()
    assert (change.kind, change.description_bg, change.description_en) == (
        "removed",
        "„Панел“ отпада от програмата.",
        "“Panel” is taken out of the programme.",
    )


def test_raising_the_capacity_moves_the_waiting_list_up_in_order_of_registration():
    event = EventFactory(status=EventStatus.PUBLISHED, capacity=1)
    RegistrationFactory(event=event, status=RegistrationStatus.CONFIRMED, position=1)
    first = RegistrationFactory(event=event, status=RegistrationStatus.WAITLISTED, position=2)
    second = RegistrationFactory(event=event, status=RegistrationStatus.WAITLISTED, position=3)
    third = RegistrationFactory(event=event, status=RegistrationStatus.WAITLISTED, position=4)

    event.capacity = 3
    services.save_event(event=event)

    for registration in (first, second, third):
        registration.refresh_from_db()
    assert [first.status, second.status, third.status] == [
        RegistrationStatus.CONFIRMED,
        RegistrationStatus.CONFIRMED,
        RegistrationStatus.WAITLISTED,
    ]
