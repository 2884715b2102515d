import xml.etree.ElementTree as ET

import icalendar
import pytest
from django.urls import reverse

from events.enums import EventStatus, RoleKind
from events.views.exports import starred_feed_token
from tests.factories.events import (
    EventFactory,
    PersonFactory,
    ProgrammeDayFactory,
    RoomFactory,
    SessionFactory,
    SessionRoleFactory,
    in_sofia,
)
from tests.factories.portal import UserFactory

pytestmark = pytest.mark.django_db


def seminar():
    event = EventFactory(
        slug="si-plus-blagoevgrad",
        title_en="SI PLUS seminar",
        venue_name_en="NaChe Academy",
        city_en="Blagoevgrad",
        start=in_sofia(2027, 3, 27, 9),
        end=in_sofia(2027, 3, 28, 17),
    )
    saturday = ProgrammeDayFactory(event=event)
    sunday = ProgrammeDayFactory(event=event, date=in_sofia(2027, 3, 28).date())
    hall = RoomFactory(event=event, name_en="Main hall")
    opening = SessionFactory(
        day=saturday,
        room=hall,
        title_en="SI PLUS project",
        start=in_sofia(2027, 3, 27, 10),
        end=in_sofia(2027, 3, 27, 11),
    )
    SessionRoleFactory(session=opening, person=PersonFactory(name_en="Rumen Donev"), role=RoleKind.LECTURER)
    SessionFactory(
        day=sunday, title_en="Governance and legal form", start=in_sofia(2027, 3, 28, 10), end=in_sofia(2027, 3, 28, 12)
    )
    SessionFactory(day=sunday, title_en="Target groups", start=in_sofia(2027, 3, 28, 12), end=in_sofia(2027, 3, 28, 13))
    return event


def parse(response):
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return icalendar.Calendar.from_ical(response.content)


def test_event_ical_has_one_vevent_per_session_with_timezone(client):
    event = seminar()

    calendar = parse(client.get(f"/en/events/{event.slug}/calendar.ics"))

    vevents = calendar.walk("VEVENT")
    assert len(vevents) == 3
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Sofia"]
    first = vevents[0]
    assert str(first["SUMMARY"]) == "SI PLUS project"
    assert first["DTSTART"].params["TZID"] == "Europe/Sofia"
    assert first.decoded("DTSTART") == in_sofia(2027, 3, 27, 10)
    assert "Main hall" in str(first["LOCATION"]) and "Blagoevgrad" in str(first["LOCATION"])
    assert "Rumen Donev" in str(first["DESCRIPTION"])
    assert str(first["URL"]).endswith(f"/en/events/{event.slug}/sessions/{event.sessions.order_by('start')[0].pk}/")


def test_event_ical_times_survive_daylight_saving_change(client):
    event = seminar()

    vevents = parse(client.get(f"/en/events/{event.slug}/calendar.ics")).walk("VEVENT")

    starts = [vevent.decoded("DTSTART") for vevent in vevents]
    assert [start.hour for start in starts] == [10, 10, 12]
    assert starts[0].utcoffset().total_seconds() == 7200
    assert starts[1].utcoffset().total_seconds() == 10800


def test_event_ical_uids_stable_across_exports_and_languages(client):
    event = seminar()

    first = [str(v["UID"]) for v in parse(client.get(f"/en/events/{event.slug}/calendar.ics")).walk("VEVENT")]
    SessionFactory(day=event.days.first(), start=in_sofia(2027, 3, 27, 15), end=in_sofia(2027, 3, 27, 16))
    second = [str(v["UID"]) for v in parse(client.get(f"/bg/events/{event.slug}/calendar.ics")).walk("VEVENT")]

    assert len(set(first)) == 3
    assert set(first) < set(second)
    assert all(uid.startswith("session-") for uid in second)


def test_session_ical_has_single_vevent(client):
    event = seminar()
    session = event.sessions.order_by("start").first()

    calendar = parse(client.get(reverse("events:session-ical", kwargs={"slug": event.slug, "pk": session.pk})))

    assert [str(v["UID"]) for v in calendar.walk("VEVENT")] == [f"session-{session.pk}@127.0.0.1"]


def test_upcoming_ical_lists_public_upcoming_events_only(client):
    EventFactory(title_bg="Предстои")
    EventFactory(title_bg="Отменено", status=EventStatus.CANCELLED)
    EventFactory(title_bg="Чернова", status=EventStatus.DRAFT)
    EventFactory(title_bg="Минало", start=in_sofia(2018, 9, 1), end=in_sofia(2018, 9, 6))

    vevents = parse(client.get(reverse("events:upcoming-ical"))).walk("VEVENT")

    assert {str(v["SUMMARY"]): str(v["STATUS"]) for v in vevents} == {"Предстои": "CONFIRMED", "Отменено": "CANCELLED"}


def test_starred_ical_needs_valid_token_and_lists_starred_sessions(client):
    event = seminar()
    user = UserFactory()
    starred = event.sessions.order_by("start").last()
    starred.stars.create(user=user)
    url = reverse("events:starred-ical", kwargs={"user_id": user.pk, "token": starred_feed_token(user)})
    forged = reverse("events:starred-ical", kwargs={"user_id": user.pk, "token": "forged"})

    vevents = parse(client.get(url)).walk("VEVENT")

    assert [str(v["SUMMARY"]) for v in vevents] == [starred.title]
    assert client.get(forged).status_code == 404


def test_programme_json_lists_days_sessions_and_people(client):
    event = seminar()

    data = client.get(f"/en/events/{event.slug}/programme.json").json()

    assert data["event"]["time_zone"] == "Europe/Sofia"
    assert [len(day["sessions"]) for day in data["days"]] == [1, 2]
    opening = data["days"][0]["sessions"][0]
    assert opening["start"] == "2027-03-27T10:00:00+02:00"
    assert opening["people"][0] == {
        "name": "Rumen Donev",
        "role": "lecturer",
        "organisation": opening["people"][0]["organisation"],
        "url": opening["people"][0]["url"],
    }


def test_programme_frab_xml_has_conference_days_rooms_events(client):
    event = seminar()

    response = client.get(f"/en/events/{event.slug}/schedule.xml")

    # The portal's own output (bandit B314 warns about XML from strangers).
    root = ET.fromstring(response.content)  # nosec B314
    assert root.tag == "schedule"
    assert root.find("conference/title").text == "SI PLUS seminar"
    assert root.find("conference/days").text == "2"
    days = root.findall("day")
    assert [day.get("date") for day in days] == ["2027-03-27", "2027-03-28"]
    first = days[0].find("room/event")
    assert days[0].find("room").get("name") == "Main hall"
    assert first.find("start").text == "10:00"
    assert first.find("duration").text == "01:00"
    assert first.find("persons/person").text == "Rumen Donev"
    assert len(root.findall("day/room/event")) == 3
    guids = [element.get("guid") for element in root.iter("event")]
    again = [
        element.get("guid")
        for element in ET.fromstring(client.get(f"/bg/events/{event.slug}/schedule.xml").content).iter("event")  # nosec B314
    ]
    assert guids == again


def test_exports_of_draft_event_are_not_found(client):
    event = EventFactory(status=EventStatus.DRAFT)

    for name in ("events:event-ical", "events:programme-json", "events:programme-frab"):
        assert client.get(reverse(name, kwargs={"slug": event.slug})).status_code == 404


@pytest.mark.parametrize("export", ["calendar.ics", "programme.json", "schedule.xml", "schedule.json"])
def test_a_programme_export_is_written_once_until_the_programme_changes(
    client, export, django_assert_num_queries, django_capture_on_commit_callbacks
):
    event = seminar()
    url = f"/en/events/{event.slug}/{export}"
    first = client.get(url)

    with django_assert_num_queries(1):  # the event; the export itself comes from the cache
        again = client.get(url)
    with django_capture_on_commit_callbacks(execute=True):
        session = event.sessions.get(title_en="Target groups")
        session.title_en = "Target groups and their needs"
        session.save()
    changed = client.get(url)

    assert again.content == first.content
    assert "Target groups and their needs" not in first.content.decode()
    assert "Target groups and their needs" in changed.content.decode()
