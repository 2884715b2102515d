"""Organisers reach only the speakers of their own events; every CSV the site writes is safe in a spreadsheet.

Signed in as real members of the Organiser and Moderator groups, never as superusers.
"""

import csv
import io

import pytest
from django.urls import reverse

from core import roles
from core.spreadsheets import csv_writer, safe_cell
from events.enums import EventStatus
from events.models import Person
from tests.factories.events import EventFactory, RegistrationFactory, SessionFactory, SessionRoleFactory
from tests.factories.portal import UserFactory, with_two_factor

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("role_groups")]


def organiser_of(*events):
    user = with_two_factor(roles.assign_role(user=UserFactory(), role=roles.ORGANISER))
    for event in events:
        event.organisers.add(user)
    return user


@pytest.fixture
def speakers():
    """A speaker in my event, one only in another organiser's event (a draft), and one in both."""
    mine, theirs = EventFactory(), EventFactory(status=EventStatus.DRAFT)
    my_session, their_session = SessionFactory(day__event=mine), SessionFactory(day__event=theirs)
    own = SessionRoleFactory(session=my_session, person__name_bg="Моят лектор").person
    foreign = SessionRoleFactory(session=their_session, person__name_bg="Чужд лектор").person
    shared = SessionRoleFactory(session=their_session, person__name_bg="Общ лектор").person
    SessionRoleFactory(session=my_session, person=shared)
    return mine, theirs, own, foreign, shared


def change_url(person):
    return reverse("admin:events_person_change", args=[person.pk])


def test_organiser_lists_only_the_speakers_of_their_events(client, speakers):
    mine, _theirs, _own, _foreign, _shared = speakers
    client.force_login(organiser_of(mine))

    content = client.get(reverse("admin:events_person_changelist")).content.decode()

    assert "Моят лектор" in content
    assert "Общ лектор" in content
    assert "Чужд лектор" not in content


def test_organiser_cannot_open_or_change_a_speaker_of_another_organiser(client, speakers):
    mine, _theirs, _own, foreign, _shared = speakers
    client.force_login(organiser_of(mine))

    page = client.get(change_url(foreign))
    post = client.post(change_url(foreign), {"name_bg": "Подменено", "name_en": "Changed", "slug": foreign.slug})

    foreign.refresh_from_db()
    assert page.status_code == 302  # Django's admin: "doesn't exist", back to the index
    assert post.status_code == 302
    assert foreign.name_bg == "Чужд лектор"


def test_organiser_edits_a_speaker_of_their_event(client, speakers):
    mine, _theirs, own, _foreign, _shared = speakers
    client.force_login(organiser_of(mine))

    response = client.post(
        change_url(own),
        {"name_bg": "Поправено име", "name_en": "Fixed name", "slug": own.slug, "organisation": own.organisation_id},
    )

    own.refresh_from_db()
    assert response.status_code == 302
    assert own.name_bg == "Поправено име"


def test_organiser_keeps_the_people_they_added_before_any_session(client):
    organiser = organiser_of(EventFactory())
    other = organiser_of(EventFactory())
    client.force_login(organiser)

    client.post(reverse("admin:events_person_add"), {"name_bg": "Нов лектор", "name_en": "New", "slug": "nov"})
    added = Person.objects.get(slug="nov")
    client.force_login(other)
    foreign_page = client.get(change_url(added))
    client.force_login(organiser)
    own_page = client.get(change_url(added))

    assert added.created_by == organiser
    assert own_page.status_code == 200
    assert foreign_page.status_code == 302


def test_speaker_autocomplete_offers_public_speakers_but_not_draft_only_ones(client, speakers):
    mine, theirs, _own, _foreign, _shared = speakers
    public_elsewhere = SessionRoleFactory(session__day__event=EventFactory(), person__name_bg="Публичен лектор").person
    client.force_login(organiser_of(EventFactory()))

    response = client.get(
        reverse("admin:autocomplete"),
        {"app_label": "events", "model_name": "sessionrole", "field_name": "person", "term": "лектор"},
    )

    names = {result["text"] for result in response.json()["results"]}
    assert "Публичен лектор" in names
    assert "Моят лектор" in names  # speaks at a published event
    assert "Чужд лектор" not in names
    assert public_elsewhere.pk


def test_moderator_edits_every_speaker(client, speakers):
    _mine, _theirs, _own, foreign, _shared = speakers
    client.force_login(with_two_factor(roles.assign_role(user=UserFactory(), role=roles.MODERATOR)))

    response = client.get(change_url(foreign))

    assert response.status_code == 200


# --- CSV ---------------------------------------------------------------------

FORMULAS = ['=HYPERLINK("https://evil.example","Натисни")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]


@pytest.mark.parametrize("cell", FORMULAS)
def test_safe_cell_neutralises_formula_starts(cell):
    assert safe_cell(cell) == "'" + cell


@pytest.mark.parametrize("cell", ["Сдружение", "", "a=b", 42, -5, None])
def test_safe_cell_keeps_plain_values(cell):
    assert safe_cell(cell) == cell


def test_registration_csv_neutralises_formulas(client):
    event = EventFactory()
    RegistrationFactory(event=event, organisation=FORMULAS[0], accessibility_needs="@SUM(1+1)")
    client.force_login(organiser_of(event))

    response = client.post(
        reverse("admin:events_event_changelist"), {"action": "export_registrations", "_selected_action": [event.pk]}
    )

    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[1][3] == "'" + FORMULAS[0]
    assert rows[1][4] == "'@SUM(1+1)"


def test_practice_csv_neutralises_formulas(client):
    from core.enums import PublicationStatus
    from tests.factories.practices import PracticeFactory

    PracticeFactory(status=PublicationStatus.PUBLISHED, title_en="=1+2", summary_bg="-Кратко")

    response = client.get(reverse("portal:dataset-csv", kwargs={"dataset": "practices"}))

    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert rows[0]["title_en"] == "'=1+2"
    assert rows[0]["summary_bg"] == "'-Кратко"


def test_every_csv_the_site_writes_goes_through_the_safe_writer():
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    writers = [
        path.relative_to(root).as_posix()
        for path in root.glob("*/**/*.py")
        if not path.is_relative_to(root / ".venv")
        and not path.is_relative_to(root / "tests")
        and ("csv.writer(" in path.read_text() or "csv.DictWriter(" in path.read_text())
    ]

    assert writers == ["core/spreadsheets.py"]


def test_csv_writer_writes_safe_rows():
    buffer = io.StringIO()

    csv_writer(buffer).writerows([["=1", "ok"]])

    assert buffer.getvalue() == "'=1,ok\r\n"
