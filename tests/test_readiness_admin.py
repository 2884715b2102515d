"""Moderators keep the readiness questionnaire in the admin and read anonymised aggregates; no one reads a
participant's assessment there."""

import pytest
from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from demo.readiness import load_questionnaire
from readiness import services
from readiness.models import Dimension
from readiness.questionnaire import Questionnaire
from tests.factories.portal import VerifiedUserFactory

pytestmark = pytest.mark.django_db


def finish(value, *, completed_at):
    assessment = services.start_assessment(author=VerifiedUserFactory(), name="Обменна мрежа")
    answers = dict.fromkeys(Questionnaire(assessment.version.content).answer_keys(), value)
    services.save_answers(assessment=assessment, answers=answers)
    assessment.__class__.objects.filter(pk=assessment.pk).update(completed_at=completed_at)


@pytest.fixture
def three_assessments(db):
    load_questionnaire()
    now = timezone.now()
    finish(1, completed_at=now)  # 25 in every area
    finish(3, completed_at=now)  # 75
    finish(4, completed_at=now - timezone.timedelta(days=62))  # 100, two months ago


def test_a_moderator_reads_averages_bands_and_months_without_names(moderator_client, three_assessments):
    response = moderator_client.get(reverse("admin:readiness_overview"), HTTP_ACCEPT_LANGUAGE="bg")

    html = response.content.decode()
    assert response.status_code == 200
    assert "3 завършени самооценки, обобщено: без имена и без отделни отговори." in html
    # (25 + 75 + 100) / 3 = 66.7 → 67 in each of the 8 areas; one assessment in each of the bands 20–39, 60–79, 80–100.
    assert html.count('value="67" aria-label=') == 8
    assert html.count("<td>0</td><td>1</td><td>0</td><td>1</td><td>1</td>") == 8
    assert "Обменна мрежа" not in html


def test_the_months_chart_has_a_bar_and_a_table_row_per_month(moderator_client, three_assessments):
    html = moderator_client.get(reverse("admin:readiness_overview"), HTTP_ACCEPT_LANGUAGE="en").content.decode()

    assert html.count("<rect ") == 12
    assert f'<th scope="row">{timezone.localdate():%B %Y}</th><td>2</td>' in html


def test_a_moderator_changes_a_question_in_both_languages(moderator_client, three_assessments):
    dimension = Dimension.objects.get(slug="demand")
    page = moderator_client.get(
        reverse("admin:readiness_dimension_change", args=[dimension.pk]), HTTP_ACCEPT_LANGUAGE="bg"
    )

    assert page.status_code == 200
    assert "Търсят ли ви други организации или общини, за да приложат решението?" in page.content.decode()


def test_an_organiser_neither_keeps_the_questionnaire_nor_reads_the_overview(organiser_client, three_assessments):
    assert organiser_client.get(reverse("admin:readiness_overview")).status_code == 403
    assert organiser_client.get(reverse("admin:readiness_dimension_changelist")).status_code == 403


def test_assessments_have_no_page_in_the_admin():
    with pytest.raises(NoReverseMatch):
        reverse("admin:readiness_assessment_changelist")
