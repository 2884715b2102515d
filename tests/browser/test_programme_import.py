"""Importing a programme in the browser: the file chosen on the page, the preview read and saved, no axe violations."""

from pathlib import Path

import pytest
from playwright.sync_api import expect

from events.enums import EventStatus
from tests.browser.conftest import assert_no_axe_violations
from tests.browser.test_comments import sign_in
from tests.factories.events import EventFactory, ProgrammeDayFactory, in_sofia

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

FILES = Path(__file__).parent.parent / "data" / "programme_imports"


def test_an_organiser_reads_a_pretalx_schedule_checks_it_and_saves_it(live_server, browser_page, organiser):
    event = EventFactory(status=EventStatus.DRAFT, start=in_sofia(2027, 5, 12, 9), end=in_sofia(2027, 5, 13, 18))
    event.organisers.add(organiser)
    for day in (12, 13):
        ProgrammeDayFactory(event=event, date=in_sofia(2027, 5, day).date())
    page = browser_page
    sign_in(page, live_server, organiser)

    page.goto(f"{live_server.url}/bg/events/{event.slug}/desk/")
    page.get_by_role("link", name="Импортиране на сесии от файл").click()
    assert_no_axe_violations(page)
    page.get_by_label("Файл с програмата").set_input_files(FILES / "pretalx_schedule.xml")
    page.get_by_role("button", name="Прочетете файла").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Проверка на импортирането")
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Запишете 4 сесии").click()

    expect(page.get_by_role("heading", level=1)).to_contain_text("Редактор на програмата")
    expect(page.get_by_text("4 сесии са добавени към програмата.")).to_be_visible()
    assert event.sessions.count() == 4
    assert page.console_errors == []
