"""The check-in list at a venue with a poor connection: ticks made offline wait in the browser and are saved once
when the connection is back."""

from datetime import date

import pytest
from playwright.sync_api import expect

from attendance.models import CheckIn
from events.enums import EventStatus, EventType, RegistrationStatus
from tests.browser.test_comments import sign_in
from tests.factories.events import EventFactory, ProgrammeDayFactory, RegistrationFactory
from tests.factories.portal import ProfileFactory, VerifiedUserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def participant_of(event, name):
    user = VerifiedUserFactory()
    ProfileFactory(user=user, display_name=name)
    return RegistrationFactory(event=event, user=user, status=RegistrationStatus.CONFIRMED)


def test_ticks_made_offline_are_saved_once_when_the_connection_is_back(live_server, browser_page, organiser):
    training = EventFactory(event_type=EventType.TRAINING, status=EventStatus.PUBLISHED)
    training.organisers.add(organiser)
    day = ProgrammeDayFactory(event=training, date=date(2018, 9, 3))
    elena, georgi = participant_of(training, "Елена Петрова"), participant_of(training, "Георги Димитров")
    participant_of(training, "Мария Иванова")
    page = browser_page
    sign_in(page, live_server, organiser)
    page.goto(f"{live_server.url}/bg/events/{training.slug}/check-in/{day.pk}/")

    page.context.set_offline(True)
    for registration in (elena, georgi):
        page.locator(f'button[data-registration="{registration.pk}"]').click()
    expect(page.locator(f'button[data-registration="{georgi.pk}"]')).to_have_attribute("aria-pressed", "true")
    expect(page.locator("#check-in-queue")).to_be_visible()
    expect(page.locator("#check-in-queue")).to_contain_text("2")
    assert CheckIn.objects.count() == 0  # nothing reached the server

    page.context.set_offline(False)
    expect(page.locator("#check-in-queue")).to_be_hidden(timeout=15000)

    assert sorted(CheckIn.objects.values_list("registration_id", "present")) == [(elena.pk, True), (georgi.pk, True)]
    assert len(set(CheckIn.objects.values_list("client_id", flat=True))) == 2
    page.reload()
    expect(page.locator("#check-in-count")).to_contain_text("2 от 3")
    expect(page.locator("#check-in-queue")).to_be_hidden()
    assert CheckIn.objects.count() == 2  # the reload sent nothing again
    offline_only = [error for error in page.console_errors if "ERR_INTERNET_DISCONNECTED" not in error]
    assert offline_only == []
