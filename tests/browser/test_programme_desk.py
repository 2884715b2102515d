"""The programme desk by keyboard and by mouse: a session moves, the conflict warning appears and goes."""

from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from events.enums import EventStatus
from events.models import Session
from tests.browser.conftest import assert_no_axe_violations
from tests.browser.test_comments import sign_in
from tests.factories.events import (
    EventFactory,
    PersonFactory,
    ProgrammeDayFactory,
    RoomFactory,
    SessionFactory,
    SessionRoleFactory,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_an_organiser_moves_sessions_by_keyboard_and_by_mouse(live_server, browser_page, organiser):
    nine = timezone.localtime(timezone.now() + timedelta(days=30)).replace(hour=9, minute=0, second=0, microsecond=0)
    event = EventFactory(status=EventStatus.DRAFT, start=nine, end=nine + timedelta(hours=9))
    event.organisers.add(organiser)
    day = ProgrammeDayFactory(event=event)
    hall, garden = RoomFactory(event=event, name_bg="Зала"), RoomFactory(event=event, name_bg="Градина")
    speaker = PersonFactory(name_bg="Хермина Емирян")
    opening = SessionFactory(day=day, room=hall, title_bg="Откриване", start=nine, end=nine + timedelta(hours=1))
    panel = SessionFactory(
        day=day, room=garden, title_bg="Панел", start=nine + timedelta(hours=1), end=nine + timedelta(hours=2)
    )
    for session in (opening, panel):
        SessionRoleFactory(session=session, person=speaker)
    page = browser_page
    sign_in(page, live_server, organiser)

    page.goto(f"{live_server.url}/bg/events/{event.slug}/desk/")
    assert_no_axe_violations(page)
    assert "Хермина Емирян е на две места" not in page.locator("#desk-conflicts").locator("..").inner_text()
    page.locator(f"#desk-session-{panel.pk}").focus()
    page.keyboard.press("ArrowUp")  # 09:45–10:45: the speaker is still in the opening
    expect(page.locator(f"#desk-session-{panel.pk}")).to_be_focused()
    assert "Хермина Емирян е на две места едновременно" in page.locator(".desk-conflicts").inner_text()
    assert page.locator("#desk-announce").inner_text() == "Преместена: Панел, 09:45–10:45"
    page.keyboard.press("ArrowDown")  # back to 10:00
    page.wait_for_selector(".desk-conflicts", state="detached")

    panel.refresh_from_db()
    assert timezone.localtime(panel.start).strftime("%H:%M") == "10:00"

    empty = page.locator(f'td[data-room="{hall.pk}"][data-start$="T10:15"]')
    page.locator(f"#desk-session-{panel.pk}").locator("..").drag_to(empty)
    expect(page.locator(f"#desk-session-{panel.pk}")).to_be_focused()
    expect(page.locator(f"#desk-session-{panel.pk}")).to_contain_text("Панел")
    moved = Session.objects.get(pk=panel.pk)
    assert (moved.room, timezone.localtime(moved.start).strftime("%H:%M")) == (hall, "10:15")
    assert page.console_errors == []
