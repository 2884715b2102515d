"""The readiness-to-scale self-assessment: scoring, the questionnaire page by page, results, sharing, privacy."""

import csv
import io
import re
from xml.etree import ElementTree

import pytest
from django.utils import timezone

from demo.readiness import load_questionnaire
from readiness import services
from readiness.models import Assessment, Question
from readiness.questionnaire import Questionnaire
from tests.factories.portal import OrganisationFactory, ProfileFactory, VerifiedUserFactory

pytestmark = pytest.mark.django_db
SVG = "{http://www.w3.org/2000/svg}"


def level(value, label):
    return {"value": value, "label": {"bg": label, "en": label}, "description": {"bg": "", "en": ""}}


def question(pk, weight, *, na=False):
    return {
        "id": pk,
        "text": {"bg": f"Въпрос {pk}", "en": f"Question {pk}"},
        "explanation": {"bg": "", "en": ""},
        "weight": weight,
        "allows_not_applicable": na,
        "levels": [level(value, str(value)) for value in range(5)],
    }


def dimension(pk, slug, questions, advice=()):
    texts = {"bg": slug, "en": slug}
    return {
        "id": pk,
        "slug": slug,
        "title": texts,
        "description": {"bg": "", "en": ""},
        "theme_ids": [],
        "questions": questions,
        "advice": [{"min": low, "max": high, "text": {"bg": text, "en": text}} for low, high, text in advice],
    }


HAND_COMPUTED = {
    "dimensions": [
        dimension(1, "a", [question(1, 3), question(2, 1), question(3, 2, na=True)]),
        dimension(2, "b", [question(4, 2, na=True)]),
        dimension(3, "c", [question(5, 1)]),
    ]
}


def test_scores_weigh_answers_leave_out_not_applicable_and_round_half_up():
    # a: 100 × (3 × 2/4 + 1 × 4/4) / (3 + 1) = 62.5 → 63; b: all "not applicable" → no score; c: 1/4 → 25.
    # Overall: the mean of the exact scores, (62.5 + 25) / 2 = 43.75 → 44.
    answers = {"1": 2, "2": 4, "3": "na", "4": "na", "5": 1}

    scores, overall = Questionnaire(HAND_COMPUTED).scores(answers)

    assert scores == {"a": 63, "b": None, "c": 25}
    assert overall == 44


def test_a_dimension_answered_at_the_top_of_every_scale_scores_100():
    scores, overall = Questionnaire(HAND_COMPUTED).scores({"1": 4, "2": 4, "3": 4, "4": 4, "5": 4})

    assert scores == {"a": 100, "b": 100, "c": 100}
    assert overall == 100


@pytest.mark.parametrize(("score", "advice"), [(0, "low"), (39, "low"), (40, "middle"), (69, "middle"), (100, "high")])
def test_advice_is_the_band_holding_the_score(score, advice):
    content = {
        "dimensions": [dimension(1, "a", [question(1, 1)], [(0, 39, "low"), (40, 69, "middle"), (70, 100, "high")])]
    }

    assert Questionnaire(content).dimensions[0].advice_for(score).text == advice


def test_where_bands_overlap_the_narrower_upper_band_advises():
    content = {"dimensions": [dimension(1, "a", [question(1, 1)], [(0, 100, "general"), (80, 100, "top")])]}

    assert Questionnaire(content).dimensions[0].advice_for(85).text == "top"
    assert Questionnaire(content).dimensions[0].advice_for(50).text == "general"


@pytest.mark.parametrize(
    ("language", "heading", "count", "area", "sign_in"),
    [
        (
            "bg",
            "Готовност за скалиране: самооценка",
            "24 въпроса в 8 области",
            "Финансова устойчивост",
            "Влезте, за да започнете самооценка",
        ),
        (
            "en",
            "Readiness to scale: a self-assessment",
            "24 questions in 8 areas",
            "Financial sustainability",
            "Sign in to start an assessment",
        ),
    ],
)
def test_anyone_reads_what_the_tool_is_and_how_long_it_takes(
    client, questionnaire, language, heading, count, area, sign_in
):
    html = client.get(f"/{language}/readiness/").content.decode()

    assert f"<h1>{heading}</h1>" in html
    assert count in html
    assert f"<strong>{area}</strong>" in html
    assert sign_in in html


@pytest.fixture
def questionnaire(db):
    load_questionnaire()
    return Questionnaire(services.current_version().content)


def all_answers(questionnaire, value=2):
    return dict.fromkeys(questionnaire.answer_keys(), value)


def page_answers(dimension, value):
    return {f"q_{question.id}": value for question in dimension.questions}


@pytest.fixture
def finished(participant, questionnaire):
    assessment = services.start_assessment(author=participant, name="Обменна мрежа")
    return services.save_answers(assessment=assessment, answers=all_answers(questionnaire))


@pytest.mark.parametrize(
    ("language", "progress", "heading"),
    [("bg", "Област 1 от 8", "Доказателства за въздействие"), ("en", "Area 1 of 8", "Evidence of impact")],
)
def test_starting_an_assessment_opens_the_first_area_in_the_page_language(
    client, participant, questionnaire, language, progress, heading
):
    client.force_login(participant)

    response = client.post(f"/{language}/readiness/start/", {"name": "Обменна мрежа"}, follow=True)

    html = response.content.decode()
    assessment = Assessment.objects.get()
    assert response.redirect_chain == [(f"/{language}/readiness/{assessment.pk}/step/1/", 302)]
    assert progress in html
    assert f"<h1>{heading}</h1>" in html
    assert assessment.innovation.name == "Обменна мрежа"
    assert assessment.author == participant


def test_answers_are_saved_page_by_page_and_the_participant_resumes_where_they_stopped(
    client, participant, questionnaire
):
    client.force_login(participant)
    assessment = services.start_assessment(author=participant, name="Обменна мрежа")
    first, second = questionnaire.dimensions[:2]

    client.post(f"/en/readiness/{assessment.pk}/step/1/", {**page_answers(first, "3"), "action": "next"})
    client.post(f"/en/readiness/{assessment.pk}/step/2/", {**page_answers(second, "1"), "action": "later"})
    resumed = client.get(f"/en/readiness/{assessment.pk}/")

    assessment.refresh_from_db()
    assert assessment.answers == {**{q.key: 3 for q in first.questions}, **{q.key: 1 for q in second.questions}}
    assert assessment.completed_at is None
    assert resumed["Location"] == f"/en/readiness/{assessment.pk}/step/3/"


def test_going_back_keeps_the_answers_and_shows_them_chosen(client, participant, questionnaire):
    client.force_login(participant)
    assessment = services.start_assessment(author=participant, name="Обменна мрежа")
    second = questionnaire.dimensions[1]

    response = client.post(f"/en/readiness/{assessment.pk}/step/2/", {**page_answers(second, "4"), "action": "back"})
    page = client.get(f"/en/readiness/{assessment.pk}/step/2/").content.decode()

    assert response["Location"] == f"/en/readiness/{assessment.pk}/step/1/"
    for question in second.questions:
        assert re.search(rf'name="q_{question.id}" value="4" id="[^"]+"\s+aria-describedby="[^"]+"\s+checked>', page)


def test_the_last_page_leads_to_the_result_once_everything_is_answered(client, participant, questionnaire):
    client.force_login(participant)
    assessment = services.start_assessment(author=participant, name="Обменна мрежа")
    services.save_answers(assessment=assessment, answers=all_answers(questionnaire, value=4))
    last = len(questionnaire)

    response = client.post(f"/en/readiness/{assessment.pk}/step/{last}/", {"action": "next"})
    result = client.get(response["Location"]).content.decode()

    assert response["Location"] == f"/en/readiness/{assessment.pk}/result/"
    assert "Overall score: <strong>100</strong> of 100" in result


def test_the_result_waits_until_every_question_is_answered(client, participant, questionnaire):
    client.force_login(participant)
    assessment = services.start_assessment(author=participant, name="Обменна мрежа")

    response = client.get(f"/bg/readiness/{assessment.pk}/result/", follow=True)

    assert response.redirect_chain[-1][0] == f"/bg/readiness/{assessment.pk}/step/1/"
    assert "Отговорете на всички въпроси, за да видите резултата." in response.content.decode()


def test_an_answer_outside_the_scale_is_refused_with_a_message_and_the_other_answers_stay_chosen(
    client, participant, questionnaire
):
    client.force_login(participant)
    assessment = services.start_assessment(author=participant, name="Обменна мрежа")
    first = questionnaire.dimensions[0]
    good, bad = first.questions[0], first.questions[1]

    response = client.post(
        f"/bg/readiness/{assessment.pk}/step/1/", {f"q_{good.id}": "3", f"q_{bad.id}": "9", "action": "next"}
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert "Изберете едно от нивата, показани за този въпрос." in html
    assert re.search(rf'name="q_{good.id}" value="3" id="[^"]+"\s+aria-describedby="[^"]+"\s+checked>', html)
    assessment.refresh_from_db()
    assert assessment.answers == {}


def test_not_applicable_is_refused_where_the_question_does_not_allow_it(client, participant, questionnaire):
    client.force_login(participant)
    assessment = services.start_assessment(author=participant, name="Обменна мрежа")
    strict = questionnaire.dimensions[0].questions[0]
    assert not strict.allows_not_applicable

    response = client.post(f"/en/readiness/{assessment.pk}/step/1/", {f"q_{strict.id}": "na", "action": "next"})

    assert "Choose one of the levels shown for this question." in response.content.decode()


def test_answers_to_questions_the_page_does_not_show_are_refused(client, participant, questionnaire):
    client.force_login(participant)
    assessment = services.start_assessment(author=participant, name="Обменна мрежа")
    other_page = questionnaire.dimensions[3].questions[0]

    response = client.post(
        f"/en/readiness/{assessment.pk}/step/1/", {f"q_{other_page.id}": "2", "q_999999": "1", "action": "next"}
    )

    assert "The page sent answers to questions it does not show." in response.content.decode()
    assessment.refresh_from_db()
    assert assessment.answers == {}


@pytest.mark.parametrize(
    "path",
    [
        "/en/readiness/{pk}/",
        "/en/readiness/{pk}/step/1/",
        "/en/readiness/{pk}/result/",
        "/en/readiness/{pk}/report/",
        "/en/readiness/{pk}/answers.csv",
    ],
)
def test_nobody_else_reaches_a_participants_assessment(client, finished, path):
    other = VerifiedUserFactory()
    client.force_login(other)

    assert client.get(path.format(pk=finished.pk)).status_code == 404
    assert client.post(f"/en/readiness/{finished.pk}/share/").status_code == 404
    finished.refresh_from_db()
    assert finished.share_token is None


def test_anonymous_visitors_are_asked_to_sign_in(client, finished):
    response = client.get(f"/en/readiness/{finished.pk}/result/")

    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/")


def test_a_shared_result_is_readable_through_its_private_link_until_revoked(client, participant, finished):
    ProfileFactory(user=participant, display_name="Ана Тестова")
    client.force_login(participant)
    client.post(f"/en/readiness/{finished.pk}/share/")
    finished.refresh_from_db()
    client.logout()

    shared = client.get(f"/en/readiness/shared/{finished.share_token}/")
    client.force_login(participant)
    client.post(f"/en/readiness/{finished.pk}/stop-sharing/")
    client.logout()
    revoked = client.get(f"/en/readiness/shared/{finished.share_token}/")

    assert shared.status_code == 200
    assert "Readiness to scale: Обменна мрежа" in shared.content.decode()
    assert "Ана Тестова" not in shared.content.decode()
    assert revoked.status_code == 404


def test_sharing_again_replaces_the_old_link(client, participant, finished):
    client.force_login(participant)
    client.post(f"/en/readiness/{finished.pk}/share/")
    finished.refresh_from_db()
    old = finished.share_token

    client.post(f"/en/readiness/{finished.pk}/share/")

    finished.refresh_from_db()
    assert finished.share_token != old
    assert client.get(f"/en/readiness/shared/{old}/").status_code == 404


def test_the_chart_is_well_formed_svg_with_one_vertex_per_area_and_a_table_beside_it(client, participant, finished):
    client.force_login(participant)

    html = client.get(f"/en/readiness/{finished.pk}/result/").content.decode()

    # The portal's own output (bandit B314 warns about XML from strangers).
    svg = ElementTree.fromstring(re.search(r"<svg class=\"readiness-chart__svg\".*?</svg>", html, re.S)[0])  # nosec
    shapes = [node for node in svg.iter(f"{SVG}polygon") if "readiness-chart__shape" in node.get("class")]
    assert svg.get("role") == "img"
    assert svg.find(f"{SVG}title").text == "Score per area, from 0 at the centre to 100 at the edge"
    assert [len(shape.get("points").split()) for shape in shapes] == [8]
    table = re.search(r'<table class="readiness-scores">.*?</table>', html, re.S)[0]
    assert len(re.findall(r'<th scope="row"[^>]*>\d\. ', table)) == 8
    assert table.count("<td>50</td>") == 8 + 1  # every area, and overall


def test_a_second_assessment_of_the_same_innovation_shows_the_change(client, participant, questionnaire, finished):
    earlier = timezone.now() - timezone.timedelta(days=182)
    Assessment.objects.filter(pk=finished.pk).update(completed_at=earlier)
    client.force_login(participant)
    second = services.start_assessment(author=participant, name="обменна мрежа")  # the same name, any case
    second = services.save_answers(assessment=second, answers=all_answers(questionnaire, value=3))

    html = client.get(f"/en/readiness/{second.pk}/result/").content.decode()

    assert second.innovation == finished.innovation
    svg = re.search(r"<svg class=\"readiness-chart__svg\".*?</svg>", html, re.S)[0]
    assert svg.count("readiness-chart__shape--") == 2
    assert html.count("<td>+25</td>") == 8
    assert "Previous assessment" in html


def test_changing_the_questionnaire_never_changes_an_old_result(client, participant, questionnaire, finished):
    client.force_login(participant)
    before = client.get(f"/en/readiness/{finished.pk}/result/").content.decode()
    first = Question.objects.order_by("dimension__position", "position").first()
    old_text = first.text_en
    first.text_en = "A reworded question"
    first.weight = 10
    first.save()

    after = client.get(f"/en/readiness/{finished.pk}/result/").content.decode()
    report = client.get(f"/en/readiness/{finished.pk}/answers.csv").content.decode("utf-8-sig")
    newer = services.start_assessment(author=participant, name="Друго")

    assert re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", after) == re.sub(
        r'name="csrfmiddlewaretoken" value="[^"]+"', "", before
    )
    assert old_text in report and "A reworded question" not in report
    assert newer.version.number == finished.version.number + 1


def test_the_answers_download_as_csv_with_a_byte_order_mark(client, participant, questionnaire, finished):
    client.force_login(participant)

    response = client.get(f"/bg/readiness/{finished.pk}/answers.csv")

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response.content.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == ["Област", "Въпрос", "Тежест", "Отговор", "Стойност"]
    assert rows[1] == [
        "Доказателства за въздействие",
        "Измервате ли редовно резултатите за хората, с които работите?",
        "3",
        "Частично",
        "2",
    ]
    assert len(rows) == 1 + 24


def organisation_with_members(count, questionnaire):
    organisation = OrganisationFactory()
    members = []
    for number in range(count):
        user = VerifiedUserFactory()
        ProfileFactory(user=user, organisation=organisation, display_name=f"Член {number}")
        assessment = services.start_assessment(author=user, name="Обменна мрежа", organisation=organisation)
        services.save_answers(assessment=assessment, answers=all_answers(questionnaire, value=number % 5))
        members.append(user)
    return organisation, members


def test_members_see_their_organisations_assessments_side_by_side_widest_disagreement_first(client, questionnaire):
    organisation, (first, second) = organisation_with_members(2, questionnaire)
    question = Question.objects.order_by("dimension__position", "position")[5]
    assessment = Assessment.objects.get(author=second)
    services.save_answers(assessment=assessment, answers={str(question.pk): 4})
    client.force_login(first)

    html = client.get(f"/en/readiness/organisations/{organisation.slug}/").content.decode()

    rows = re.findall(r'<th scope="row"[^>]*>([^<]+)\n', html)
    assert rows[0].strip() == question.text_en
    assert "Член 0" in html and "Член 1" in html


def test_only_members_see_the_organisations_comparison(client, questionnaire):
    organisation, _members = organisation_with_members(2, questionnaire)
    outsider = VerifiedUserFactory()
    ProfileFactory(user=outsider, organisation=OrganisationFactory())
    client.force_login(outsider)

    assert client.get(f"/en/readiness/organisations/{organisation.slug}/").status_code == 404


def test_the_comparison_page_runs_the_same_queries_for_two_or_six_members(
    client, questionnaire, django_assert_num_queries
):
    small, (member, *_rest) = organisation_with_members(2, questionnaire)
    large, (large_member, *_more) = organisation_with_members(6, questionnaire)
    client.force_login(member)
    client.get(f"/en/readiness/organisations/{small.slug}/")

    with django_assert_num_queries(3):
        client.get(f"/en/readiness/organisations/{small.slug}/")
    client.force_login(large_member)
    client.get(f"/en/readiness/organisations/{large.slug}/")  # the reader (core.personal) is cached from then on
    with django_assert_num_queries(3):
        client.get(f"/en/readiness/organisations/{large.slug}/")


def test_the_result_page_runs_the_same_queries_however_many_assessments_came_before(
    client, participant, questionnaire, django_assert_num_queries
):
    client.force_login(participant)
    assessments = []
    for _ in range(4):
        assessment = services.start_assessment(author=participant, name="Обменна мрежа")
        assessments.append(services.save_answers(assessment=assessment, answers=all_answers(questionnaire)))
    client.get(f"/en/readiness/{assessments[0].pk}/result/")  # the reader (core.personal) is cached from then on

    with django_assert_num_queries(3):
        client.get(f"/en/readiness/{assessments[1].pk}/result/")
    with django_assert_num_queries(3):
        client.get(f"/en/readiness/{assessments[3].pk}/result/")


def test_the_profile_page_lists_ones_assessments(client, participant, finished):
    client.force_login(participant)

    html = client.get("/bg/profile/").content.decode()

    assert "<h2>Самооценки на готовността за скалиране</h2>" in html
    assert f'href="/bg/readiness/{finished.pk}/">Обменна мрежа</a>' in html


def test_the_data_export_holds_the_assessments_and_deleting_the_account_erases_them(client, participant, finished):
    client.force_login(participant)

    exported = client.get("/en/profile/data/").json()
    participant.set_password("correct-horse-battery")
    participant.save()
    client.force_login(participant)
    client.post("/en/profile/delete/", {"password": "correct-horse-battery"})

    assert exported["readiness"]["readiness_assessments"][0]["innovation"] == "Обменна мрежа"
    assert exported["readiness"]["readiness_assessments"][0]["overall"] == 50
    assert not Assessment.objects.filter(pk=finished.pk).exists()
