"""schedule.xml (frab) and schedule.json (c3voc), the programme formats conference apps read, checked against
the format's rules (tests/data/schemas/) with lxml and jsonschema."""

import json
from io import StringIO
from pathlib import Path

import jsonschema
import pytest
from django.core.management import call_command
from django.urls import reverse
from lxml import etree

from events.enums import SessionKind
from events.models import Event
from tests.factories.events import (
    EventFactory,
    ProgrammeDayFactory,
    RoomFactory,
    SessionFactory,
    in_sofia,
)

pytestmark = pytest.mark.django_db

SCHEMAS = Path(__file__).parent / "data" / "schemas"
FRAB_XSD = etree.XMLSchema(etree.parse(str(SCHEMAS / "frab-schedule.xsd")))
C3VOC_SCHEMA = json.loads((SCHEMAS / "c3voc-schedule.schema.json").read_text())


def frab(client, event, language="en"):
    response = client.get(f"/{language}/events/{event.slug}/schedule.xml")
    assert response["Content-Type"] == "application/xml; charset=utf-8"
    document = etree.fromstring(response.content)
    if not FRAB_XSD.validate(document):
        pytest.fail("\n".join(str(error) for error in FRAB_XSD.error_log))
    return document


def c3voc(client, event, language="en"):
    data = client.get(f"/{language}/events/{event.slug}/schedule.json").json()
    jsonschema.validate(data, C3VOC_SCHEMA, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)
    return data


def seminar():
    """Short first word in the slug, an empty day, a break, a plenary session and a room."""
    event = EventFactory(
        slug="si-plus-blagoevgrad",
        title_en="SI PLUS seminar",
        venue_name_en="NaChe Academy",
        start=in_sofia(2027, 3, 27, 9),
        end=in_sofia(2027, 3, 29, 17),
    )
    saturday = ProgrammeDayFactory(event=event)
    ProgrammeDayFactory(event=event, date=in_sofia(2027, 3, 28).date())
    hall = RoomFactory(event=event, name_en="Main hall")
    SessionFactory(
        day=saturday,
        title_bg="Откриване",
        title_en="Opening",
        start=in_sofia(2027, 3, 27, 9),
        end=in_sofia(2027, 3, 27, 10),
    )
    SessionFactory(
        day=saturday,
        kind=SessionKind.BREAK,
        title_en="Coffee break",
        start=in_sofia(2027, 3, 27, 10),
        end=in_sofia(2027, 3, 27, 10, 30),
    )
    SessionFactory(
        day=saturday, room=hall, title_en="SI", start=in_sofia(2027, 3, 27, 10, 30), end=in_sofia(2027, 3, 27, 12)
    )
    return event


def test_schedule_xml_of_event_with_short_slug_word_validates(client):
    event = seminar()

    document = frab(client, event)

    slugs = [element.text for element in document.iter("slug")]
    assert len(slugs) == 2
    assert all(slug.startswith("si_plus_blagoevgrad-") for slug in slugs)
    assert document.findtext("conference/acronym") == "si_plus_blagoevgrad"


@pytest.mark.parametrize("slug", ["ab", "x-1", "Q-and-A", "a_b"])
def test_schedule_xml_slugs_validate_whatever_the_event_and_session_titles(client, slug):
    event = EventFactory(slug=slug)
    day = ProgrammeDayFactory(event=event)
    SessionFactory(day=day, title_bg="", title_en="")
    SessionFactory(day=day, title_bg="Я", start=event.start + (event.end - event.start) / 2)

    document = frab(client, event)

    assert len(document.findall("day/room/event/slug")) == 2
    c3voc(client, event)


def test_schedule_xml_day_without_sessions_has_start_and_end(client):
    event = seminar()

    days = frab(client, event).findall("day")

    assert [(day.get("date"), day.get("start"), day.get("end")) for day in days] == [
        ("2027-03-27", "2027-03-27T09:00:00+02:00", "2027-03-27T12:00:00+02:00"),
        ("2027-03-28", "2027-03-28T00:00:00+02:00", "2027-03-29T00:00:00+03:00"),
    ]


def test_schedule_xml_leaves_breaks_out_and_puts_plenary_sessions_in_the_venue(client):
    event = seminar()

    document = frab(client, event)

    rooms = {
        room.get("name"): [e.findtext("title") for e in room.iter("event")] for room in document.findall("day/room")
    }
    assert rooms == {"NaChe Academy": ["Opening"], "Main hall": ["SI"]}
    assert "Coffee break" not in etree.tostring(document, encoding="unicode")
    assert all(room.get("guid") for room in document.findall("day/room"))


def test_schedule_slugs_and_guids_are_the_same_in_both_languages(client):
    event = seminar()

    english = frab(client, event, "en")
    bulgarian = frab(client, event, "bg")

    assert [e.findtext("slug") for e in english.iter("event")] == [e.findtext("slug") for e in bulgarian.iter("event")]
    assert [e.get("guid") for e in english.iter("event")] == [e.get("guid") for e in bulgarian.iter("event")]
    assert english.findtext("day/room/event/slug").endswith("-otkrivane")


def test_schedule_json_has_the_c3voc_shape(client):
    event = seminar()

    data = c3voc(client, event)

    conference = data["schedule"]["conference"]
    assert conference["acronym"] == "si_plus_blagoevgrad"
    assert [day["day_start"] for day in conference["days"]] == [
        "2027-03-27T09:00:00+02:00",
        "2027-03-28T00:00:00+02:00",
    ]
    first_day = conference["days"][0]["rooms"]
    assert {room: [talk["title"] for talk in talks] for room, talks in first_day.items()} == {
        "NaChe Academy": ["Opening"],
        "Main hall": ["SI"],
    }
    assert [room["name"] for room in conference["rooms"]] == ["NaChe Academy", "Main hall"]
    assert first_day["Main hall"][0]["start"] == "10:30" and first_day["Main hall"][0]["duration"] == "01:30"


def test_programme_page_links_to_the_schedule_json(client):
    event = seminar()

    html = client.get(reverse("events:event-programme", kwargs={"slug": event.slug})).content.decode()

    assert f'href="/bg/events/{event.slug}/schedule.json"' in html


def test_schedule_exports_of_every_demo_event_validate(client):
    call_command("load_demo", stdout=StringIO())
    events = list(Event.objects.public())
    assert events

    for event in events:
        document = frab(client, event)
        data = c3voc(client, event)
        talks = event.sessions.exclude(kind=SessionKind.BREAK).count()
        assert len(document.findall("day/room/event")) == talks
        assert sum(len(t) for day in data["schedule"]["conference"]["days"] for t in day["rooms"].values()) == talks
