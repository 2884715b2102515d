"""Needs surveys: answered without an account, counted once the e-mail link is followed, one answer per address,
results by group with groups under five never shown (page and CSV), and unconfirmed answers forgotten."""

import csv
import io
import re
from datetime import date, timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from core.enums import PublicationStatus
from needs.models import Response, Survey
from needs.services import address_key
from needs.tasks import forget_unverified_responses
from tests.factories.exchange import ListingFactory
from tests.factories.initiatives import CallFactory
from tests.factories.needs import SurveyFactory
from tests.factories.portal import ThemeFactory
from tests.factories.practices import PracticeFactory
from tests.factories.services import ServiceFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def survey():
    return SurveyFactory()


def answer(survey, *, option_index=0, email="ana@example.org", group=0, municipality="Благоевград"):
    question = survey.questions.get()
    return {
        "municipality": municipality,
        "target_group": survey.target_groups.order_by("pk")[group].pk,
        f"question_{question.pk}": question.options.all()[option_index].pk,
        "email": email,
    }


@pytest.fixture
def send(client, django_capture_on_commit_callbacks):
    def post(survey, language="bg", **data):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(f"/{language}/needs/{survey.slug}/", data)

    return post


def confirmed(survey, count, *, option_index=0, group=0, municipality="Благоевград"):
    """`count` confirmed responses written straight to the database."""
    option = survey.questions.get().options.all()[option_index]
    target_group = survey.target_groups.order_by("pk")[group]
    for _ in range(count):
        response = Response.objects.create(
            survey=survey,
            address_key=f"key-{Response.objects.count()}",
            municipality=municipality,
            target_group=target_group,
            confirmed_at=timezone.now(),
        )
        response.options.set([option])


def confirm_link(message):
    return re.search(r"http\S+/confirm/\S+/", message.body).group(0).split("://", 1)[1].partition("/")[2]


@pytest.mark.parametrize(
    ("language", "texts"),
    [
        ("bg", ["Нужди на хората с увреждания в Благоевград", "Коя услуга липсва най-много?", "Изпратете отговора си"]),
        (
            "en",
            ["Needs of people with disabilities in Blagoevgrad", "Which service is missing most?", "Send my answer"],
        ),
    ],
)
def test_anyone_sees_the_questions_in_their_language(client, survey, language, texts):
    page = client.get(f"/{language}/needs/{survey.slug}/").content.decode()

    for text in texts:
        assert text in page
    assert "Симитли" in page


def test_an_answer_counts_only_after_the_e_mail_link_and_the_address_is_not_kept(client, survey, send):
    sent = send(survey, **answer(survey))

    assert sent.status_code == 302 and sent["Location"].endswith("/sent/")
    response = Response.objects.get()
    assert response.confirmed_at is None
    assert "ana@example.org" not in str(Response.objects.values().get())
    assert [message.to for message in mail.outbox] == [["ana@example.org"]]
    assert "Потвърдете" in mail.outbox[0].subject

    link = "/" + confirm_link(mail.outbox[0])
    shown = client.get(link)
    response.refresh_from_db()
    assert shown.status_code == 200 and response.confirmed_at is None  # a mail scanner's visit confirms nothing

    done = client.post(link)

    response.refresh_from_db()
    assert done.status_code == 302 and response.confirmed_at is not None


def test_one_address_gives_one_answer_the_latest(client, survey, send):
    send(survey, **answer(survey, option_index=0))
    send(survey, **answer(survey, option_index=1, email="ANA@example.org"))
    for message in mail.outbox:
        client.post("/" + confirm_link(message))

    counted = Response.objects.filter(confirmed_at__isnull=False)

    assert counted.count() == 1
    assert list(counted.get().options.values_list("text_en", flat=True)) == ["Transport"]
    assert counted.get().address_key == address_key(survey, "ana@example.org")


@pytest.mark.parametrize("token", ["forged", "AAAA:bbbb"])
def test_a_wrong_link_is_not_found(client, survey, token):
    assert client.get(f"/bg/needs/{survey.slug}/confirm/{token}/").status_code == 404


@pytest.mark.parametrize(
    ("language", "message"), [("bg", "Това поле е задължително."), ("en", "This field is required.")]
)
def test_bad_input_is_refused_and_what_was_typed_kept(survey, send, language, message):
    data = answer(survey, email="not-an-address")
    del data[next(key for key in data if key.startswith("question_"))]

    page = send(survey, language=language, **data)

    html = page.content.decode()
    assert page.status_code == 200
    assert message in html
    assert 'value="not-an-address"' in html
    assert not Response.objects.exists() and not mail.outbox


def test_robots_filling_the_hidden_field_are_refused(survey, send):
    page = send(survey, **answer(survey), website="https://spam.example")

    assert page.status_code == 200 and not Response.objects.exists()


def test_a_closed_survey_takes_no_answers_and_a_draft_is_not_shown(client, survey, send):
    survey.closes_on = timezone.localdate() - timedelta(days=1)
    survey.save()

    refused = send(survey, **answer(survey))

    assert refused.status_code == 302 and not Response.objects.exists()
    survey.status = PublicationStatus.DRAFT
    survey.save()
    assert client.get(f"/en/needs/{survey.slug}/").status_code == 404
    assert client.get(f"/en/needs/{survey.slug}/results/").status_code == 404


def test_fewer_than_five_answers_are_never_shown(client, survey):
    confirmed(survey, 4)

    page = client.get(f"/en/needs/{survey.slug}/results/").content.decode()

    assert "Too few answers to show" in page
    assert "Personal assistant" not in page


def test_groups_of_five_are_shown_and_smaller_groups_hidden(client, survey):
    confirmed(survey, 5, option_index=0, group=0)
    confirmed(survey, 2, option_index=1, group=1)
    Response.objects.create(  # unconfirmed: never counted
        survey=survey, address_key="x", municipality="Симитли", target_group=survey.target_groups.first()
    )

    overall = client.get(f"/en/needs/{survey.slug}/results/").content.decode()
    grouped = client.get(f"/en/needs/{survey.slug}/results/?by=target_group").content.decode()
    rows = list(
        csv.reader(io.StringIO(client.get(f"/en/needs/{survey.slug}/results.csv?by=target_group").content.decode()))
    )

    assert "(7 answers)" in overall
    assert "<td>5</td>" in overall and "<td>2</td>" in overall
    assert "People with disabilities" in grouped and "(5 answers)" in grouped
    assert grouped.count("Too few answers to show") == 1
    assert ["People with disabilities", "5", "Which service is missing most?", "Personal assistant", "5", "100"] in rows
    hidden = [row for row in rows if row[0] != "People with disabilities" and row[0] != "Group"]
    assert hidden == [[hidden[0][0], "fewer than 5", "", "", "", ""]]


def test_results_point_to_practices_on_the_needs_themes(client, survey):
    theme = ThemeFactory(name_en="Independent living")
    survey.questions.get().options.filter(order=1).update(theme=theme)
    PracticeFactory(title_en="Personal assistance in Italy", themes=[theme])
    confirmed(survey, 5)

    page = client.get(f"/en/needs/{survey.slug}/results/").content.decode()

    assert "What addresses these needs" in page
    assert "Personal assistance in Italy" in page


def test_unconfirmed_answers_are_forgotten_after_three_days(survey):
    old = Response.objects.create(
        survey=survey, address_key="a", municipality="Симитли", target_group=survey.target_groups.first()
    )
    Response.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=4))
    fresh = Response.objects.create(
        survey=survey, address_key="b", municipality="Симитли", target_group=survey.target_groups.first()
    )
    confirmed(survey, 1)
    Response.objects.filter(confirmed_at__isnull=False).update(created_at=timezone.now() - timedelta(days=40))

    forget_unverified_responses.call()

    assert set(Response.objects.values_list("pk", flat=True)) == {
        fresh.pk,
        Response.objects.get(address_key="key-2").pk,
    }


@pytest.mark.parametrize("answers", [5, 40])
def test_results_page_queries_do_not_grow_with_answers(client, survey, django_assert_num_queries, answers):
    confirmed(survey, answers, group=0)
    confirmed(survey, answers, group=1, option_index=1)

    with django_assert_num_queries(7):
        client.get(f"/en/needs/{survey.slug}/results/?by=target_group")


def test_moderators_write_surveys_in_the_admin_and_participants_cannot(moderator_client, participant, client, survey):
    changelist = moderator_client.get(reverse("admin:needs_survey_changelist"))
    add_form = moderator_client.get(reverse("admin:needs_survey_add"))

    assert changelist.status_code == 200 and survey.title in changelist.content.decode()
    assert add_form.status_code == 200
    client.force_login(participant)
    assert client.get(reverse("admin:needs_survey_changelist")).status_code == 302


def test_the_list_shows_open_and_closed_surveys(client, survey):
    Survey.objects.create(
        title_en="Older survey",
        introduction_en="…",
        organisation=survey.organisation,
        oblast="BG-03",
        municipalities="Варна",
        closes_on=date(2025, 1, 31),
        status=PublicationStatus.PUBLISHED,
    )

    page = client.get("/bg/needs/").content.decode()

    assert "Нужди на хората с увреждания в Благоевград" in page
    assert "Older survey" in page and "Затворено." in page


def place_url(language, code="bg-01", **query):
    url = f"/{language}/needs/places/{code}/"
    return url + ("?" + "&".join(f"{key}={value}" for key, value in query.items()) if query else "")


@pytest.mark.parametrize(("language", "heading"), [("bg", "Област Благоевград"), ("en", "Oblast of Blagoevgrad")])
def test_an_oblast_page_puts_its_needs_beside_what_answers_them_there(client, survey, language, heading):
    confirmed(survey, 5, option_index=1)
    CallFactory(title_bg="Доброволци в Банско", title_en="Volunteers in Bansko")
    ServiceFactory(title_bg="Дневен център в Благоевград", title_en="Day centre in Blagoevgrad")
    ListingFactory(title_bg="Бус за превоз", title_en="A van for transport")
    CallFactory(title_bg="Доброволци във Варна", title_en="Volunteers in Varna", oblast="BG-03", municipality="Варна")

    page = client.get(place_url(language)).content.decode()

    expected = {
        "bg": ["Транспорт", "Доброволци в Банско", "Дневен център в Благоевград", "Бус за превоз"],
        "en": ["Transport", "Volunteers in Bansko", "Day centre in Blagoevgrad", "A van for transport"],
    }[language]
    assert heading in page
    for text in expected:
        assert text in page
    assert "Варна" not in page and "Varna" not in page


def test_a_municipality_narrows_the_oblast_page_and_small_groups_stay_hidden(client, survey):
    confirmed(survey, 4)
    CallFactory(title_en="Volunteers in Bansko", municipality="Банско")
    ServiceFactory(title_en="Day centre in Blagoevgrad", municipality="Благоевград")

    page = client.get(place_url("en", municipality="Благоевград")).content.decode()

    assert "Day centre in Blagoevgrad" in page
    assert "Volunteers in Bansko" not in page
    assert "Personal assistant" not in page and "Too few answers to show" in page


def test_an_unknown_oblast_is_not_found(client):
    assert client.get(place_url("en", code="bg-99")).status_code == 404


@pytest.mark.parametrize("rows", [1, 6])
def test_the_oblast_page_queries_do_not_grow(client, survey, django_assert_num_queries, rows):
    confirmed(survey, 5)
    for _ in range(rows):
        CallFactory()
        ServiceFactory()
        ListingFactory()
        confirmed(SurveyFactory(), 5)  # another survey in the oblast, with answers enough to show
    client.get(place_url("en"))

    # session-less visitor: the oblast's calls, services, listings (their municipalities in one query), the surveys,
    # their answer counts and most-chosen answers (three queries for all of them), the linked sections on the needs'
    # themes
    with django_assert_num_queries(10):
        client.get(place_url("en"))


def test_the_sitemap_lists_the_oblasts_where_something_is(client, survey):
    CallFactory(oblast="BG-03", municipality="Варна")

    sitemap = client.get("/sitemap.xml").content.decode()

    assert "/bg/needs/places/bg-01/" in sitemap  # the survey's oblast
    assert "/en/needs/places/bg-03/" in sitemap  # an open call's
    assert "/needs/places/bg-05/" not in sitemap  # nothing in Vidin
