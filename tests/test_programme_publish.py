"""Programme changes made on the desk of a published event stay drafts until the organisers publish them."""

import json
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from icalendar import Calendar
from lxml import etree

from core import roles
from core.follows import follow
from events import services
from events.enums import EventStatus
from events.models import SessionDraft, StarredSession
from forum.models import Notification
from tests.factories.events import EventFactory, ProgrammeDayFactory, RoomFactory, SessionFactory
from tests.factories.portal import VerifiedUserFactory

pytestmark = pytest.mark.django_db


def nine_o_clock(days=30):
    moment = timezone.localtime(timezone.now() + timedelta(days=days))
    return moment.replace(hour=9, minute=0, second=0, microsecond=0)


def make_event(organiser, *, status=EventStatus.PUBLISHED, sessions=1):
    nine = nine_o_clock()
    event = EventFactory(status=status, start=nine, end=nine + timedelta(hours=9))
    event.organisers.add(organiser)
    day = ProgrammeDayFactory(event=event, date=nine.date())
    hall = RoomFactory(event=event, name_bg="Зала", name_en="Hall", position=1)
    RoomFactory(event=event, name_bg="Градина", name_en="Garden", position=2)
    for number in range(sessions):
        start = nine + timedelta(hours=number)
        SessionFactory(day=day, room=hall, title_en=f"Panel {number}", start=start, end=start + timedelta(hours=1))
    return event


@pytest.fixture
def event(organiser):
    return make_event(organiser, sessions=2)


def place(session, *, room=None, hours=0):
    """The desk's form for `session` moved by `hours` (and into `room`)."""
    start = timezone.localtime(session.start) + timedelta(hours=hours)
    return {
        "day": session.day_id,
        "room": (room or session.room).pk,
        "start": start.strftime("%Y-%m-%dT%H:%M"),
        "end": (start + (session.end - session.start)).strftime("%Y-%m-%dT%H:%M"),
    }


def move(client, session, **kwargs):
    return client.post(f"/en/events/{session.event.slug}/desk/sessions/{session.pk}/", place(session, **kwargs))


def test_a_move_on_a_published_programme_is_a_draft_the_public_pages_and_exports_do_not_show(organiser_client, event):
    session = event.sessions.order_by("start").last()
    published_start = session.start

    response = move(organiser_client, session, hours=5)

    session.refresh_from_db()
    assert response.status_code == 302
    assert session.start == published_start and event.changes.count() == 0
    assert SessionDraft.objects.get(session=session).start == published_start + timedelta(hours=5)
    for language in ("bg", "en"):
        programme = organiser_client.get(f"/{language}/events/{event.slug}/programme/").content.decode()
        assert "10:00–11:00" in programme and "15:00" not in programme
    data = json.loads(organiser_client.get(f"/en/events/{event.slug}/programme.json").content)
    starts = [item["start"] for item in data["days"][0]["sessions"]]
    assert timezone.localtime(published_start).isoformat() in starts
    frab = etree.fromstring(organiser_client.get(f"/en/events/{event.slug}/schedule.xml").content)
    assert sorted(start.text for start in frab.iter("start") if start.getparent().tag == "event") == ["09:00", "10:00"]
    calendar = Calendar.from_ical(organiser_client.get(f"/en/events/{event.slug}/calendar.ics").content)
    assert sorted(item["DTSTART"].dt for item in calendar.walk("VEVENT"))[-1] == published_start


def test_the_desk_shows_the_draft_with_a_banner_in_both_languages(organiser_client, event):
    session = event.sessions.order_by("start").last()
    move(organiser_client, session, room=event.rooms.get(name_en="Garden"))

    english = organiser_client.get(f"/en/events/{event.slug}/desk/").content.decode()
    bulgarian = organiser_client.get(f"/bg/events/{event.slug}/desk/").content.decode()

    assert "1 unpublished change" in english and "Publish programme changes" in english
    assert "„Panel 1“: Hall," in english and "→\n      Garden," in english
    assert "1 непубликувана промяна" in bulgarian and "Публикувайте промените в програмата" in bulgarian
    assert bulgarian.count("не е публикувана") == 1  # the moved session's flag on the grid


def test_moving_a_session_back_where_the_public_sees_it_drops_the_draft(organiser_client, event):
    session = event.sessions.order_by("start").last()
    move(organiser_client, session, hours=2)

    organiser_client.post(f"/en/events/{event.slug}/desk/sessions/{session.pk}/", place(session))

    assert not SessionDraft.objects.exists()


def test_a_room_freed_by_a_draft_takes_another_session_and_a_room_a_draft_took_is_refused(organiser_client, event):
    first, second = event.sessions.order_by("start")
    garden = event.rooms.get(name_en="Garden")
    move(organiser_client, first, room=garden)  # the hall is free at 9:00 on the desk, not yet in public

    into_freed = move(organiser_client, second, hours=-1)
    refused = organiser_client.post(f"/en/events/{event.slug}/desk/sessions/{second.pk}/", place(first, room=garden))

    assert into_freed.status_code == 302
    assert refused.status_code == 200
    assert "Garden is taken at this time by “Panel 0” (09:00–10:00)." in refused.content.decode()
    assert SessionDraft.objects.get(session=second).room.name == "Hall"


def test_publishing_applies_the_drafts_logs_them_and_tells_followers_and_starrers_once(organiser_client, event):
    first, second = event.sessions.order_by("start")
    starrer_and_follower, starrer_of_other, follower = VerifiedUserFactory.create_batch(3)
    StarredSession.objects.create(user=starrer_and_follower, session=second)
    StarredSession.objects.create(user=starrer_of_other, session=first)
    follow(user=starrer_and_follower, target=event)
    follow(user=follower, target=event)
    move(organiser_client, second, hours=5)

    response = organiser_client.post(f"/en/events/{event.slug}/desk/publish/", follow=True)

    second.refresh_from_db()
    assert "The change to 1 session is published." in response.content.decode()
    assert timezone.localtime(second.start).hour == 15
    assert not SessionDraft.objects.exists()
    assert [(change.kind, change.session) for change in event.changes.all()] == [("rescheduled", second)]
    notified = Notification.objects.filter(kind="programme-change")
    assert sorted(notified.values_list("recipient_id", flat=True)) == sorted([starrer_and_follower.pk, follower.pk])
    programme = organiser_client.get(f"/bg/events/{event.slug}/programme/").content.decode()
    assert "15:00–16:00" in programme


def test_discarding_drops_the_drafts_and_changes_nothing_public(organiser_client, event):
    session = event.sessions.order_by("start").last()
    published_start = session.start
    move(organiser_client, session, hours=5)

    response = organiser_client.post(f"/bg/events/{event.slug}/desk/discard/", follow=True)

    session.refresh_from_db()
    assert "Непубликуваната промяна в 1 сесия е отхвърлена." in response.content.decode()
    assert session.start == published_start and not SessionDraft.objects.exists()
    assert event.changes.count() == 0 and not Notification.objects.exists()


def test_a_programme_not_yet_published_changes_at_once(organiser_client, organiser):
    event = make_event(organiser, status=EventStatus.DRAFT)
    session = event.sessions.get()

    move(organiser_client, session, hours=3)

    session.refresh_from_db()
    assert timezone.localtime(session.start).hour == 12 and not SessionDraft.objects.exists()
    assert "unpublished change" not in organiser_client.get(f"/en/events/{event.slug}/desk/").content.decode()


def test_publishing_is_refused_whole_when_two_drafts_would_share_a_room(organiser, event):
    first, second = event.sessions.order_by("start")
    SessionDraft.objects.create(session=second, day=second.day, room=second.room, start=first.start, end=first.end)

    with translation.override("en"), pytest.raises(services.ProgrammeError) as refused:
        services.publish_programme(event=event)

    second.refresh_from_db()
    assert "Hall is taken twice at once" in refused.value.messages[0]
    assert second.start == first.end and SessionDraft.objects.count() == 1 and event.changes.count() == 0


def test_an_organiser_of_another_event_can_neither_open_nor_publish_nor_discard_this_desk(client, event):
    stranger = roles.assign_role(user=VerifiedUserFactory(), role=roles.ORGANISER)
    make_event(stranger)  # an event of their own
    session = event.sessions.order_by("start").last()
    SessionDraft.objects.create(
        session=session,
        day=session.day,
        room=session.room,
        start=session.start + timedelta(hours=5),
        end=session.end + timedelta(hours=5),
    )
    client.force_login(stranger)

    statuses = [
        client.get(f"/en/events/{event.slug}/desk/").status_code,
        client.post(f"/en/events/{event.slug}/desk/sessions/{session.pk}/", place(session, hours=1)).status_code,
        client.post(f"/en/events/{event.slug}/desk/publish/").status_code,
        client.post(f"/en/events/{event.slug}/desk/discard/").status_code,
    ]

    session.refresh_from_db()
    assert statuses == [403, 403, 403, 403]
    assert SessionDraft.objects.get(session=session).start == session.start + timedelta(hours=5)


@pytest.mark.parametrize(("sessions", "queries"), [(2, 9), (12, 9)])
def test_the_desk_with_drafts_costs_the_same_whatever_the_programme(
    organiser_client, organiser, django_assert_num_queries, sessions, queries
):
    event = make_event(organiser, sessions=sessions)
    for session in event.sessions.all():
        SessionDraft.objects.create(
            session=session,
            day=session.day,
            room=event.rooms.get(name_en="Garden"),
            start=session.start,
            end=session.end,
        )

    with django_assert_num_queries(queries):
        response = organiser_client.get(f"/en/events/{event.slug}/desk/")

    assert f"{sessions} unpublished changes" in response.content.decode()


def test_the_events_admin_form_says_that_moves_wait_on_the_desk(organiser_client, event):
    session = event.sessions.order_by("start").last()
    move(organiser_client, session, hours=5)

    url = reverse("admin:events_event_change", args=[event.pk])
    english = organiser_client.get(url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    bulgarian = organiser_client.get(url, HTTP_ACCEPT_LANGUAGE="bg").content.decode()

    assert "1 session is moved on the programme desk but not published" in english
    assert "1 сесия е преместена в редактора на програмата, но не е публикувана" in bulgarian


def test_those_who_starred_a_session_taken_out_of_a_published_programme_are_told(event):
    session = event.sessions.order_by("start").last()
    starrer, other = VerifiedUserFactory.create_batch(2)
    StarredSession.objects.create(user=starrer, session=session)
    StarredSession.objects.create(user=other, session=event.sessions.order_by("start").first())

    services.delete_session(session=session)

    change = event.changes.get()
    assert change.kind == "removed" and change.session is None
    assert list(Notification.objects.values_list("recipient_id", flat=True)) == [starrer.pk]
