"""The readiness questionnaire completed with the keyboard alone, its result readable, at 320 px too."""

import pytest

from demo.readiness import load_questionnaire
from readiness.models import Assessment
from tests.browser.conftest import assert_no_axe_violations
from tests.browser.test_comments import sign_in
from tests.factories.portal import VerifiedUserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def tab_to(page, selector, *, limit=80):
    """Press Tab until the element matching `selector` has the focus, as a keyboard user would."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("(selector) => document.activeElement.matches(selector)", selector):
            return
    raise AssertionError(f"Tab never reached {selector}")


def test_a_participant_completes_the_questionnaire_by_keyboard_and_reads_the_result(live_server, browser_page):
    load_questionnaire()
    user = VerifiedUserFactory()
    page = browser_page
    sign_in(page, live_server, user)

    page.goto(f"{live_server.url}/bg/readiness/start/")
    tab_to(page, "#id_name")
    page.keyboard.type("Обменна мрежа")
    tab_to(page, "form button[type=submit]")
    page.keyboard.press("Enter")
    for step in range(1, 9):
        page.wait_for_url(f"**/step/{step}/")
        assert page.locator(".readiness-progress label").inner_text() == f"Област {step} от 8"
        if step == 1:
            assert_no_axe_violations(page)
        groups = page.locator("fieldset.readiness-question").count()
        tab_to(page, "fieldset.readiness-question input[type=radio]")
        for group in range(groups):
            page.keyboard.press("ArrowDown")  # level 1
            page.keyboard.press("ArrowDown")  # level 2
            if group < groups - 1:
                page.keyboard.press("Tab")
        tab_to(page, "button[value=next]", limit=3)
        page.keyboard.press("Enter")

    page.wait_for_url("**/result/")
    assessment = Assessment.objects.get(author=user)
    assert assessment.overall == 50
    assert "Обща оценка: 50 от 100" in page.locator(".readiness-overall").inner_text()
    assert page.locator("svg.readiness-chart__svg polygon.readiness-chart__shape--1").count() == 1
    assert page.locator(".readiness-advice h3").count() == 8
    # Every area scores 50, so the advice is the middle band's, financial sustainability's among them.
    assert any("Разнообразете приходите" in text for text in page.locator(".readiness-advice").all_inner_texts())
    assert_no_axe_violations(page)
    assert page.console_errors == []

    page.set_viewport_size({"width": 320, "height": 800})
    # The result itself fits (the site header's own reflow is the shell's test).
    assert page.evaluate(
        "(() => { const main = document.querySelector('main'); return main.scrollWidth <= main.clientWidth; })()"
    )
    assert_no_axe_violations(page)
