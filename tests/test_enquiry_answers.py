"""Published answers of the enquiry desk: a moderator prepares an anonymised public version of an answered enquiry,
which the answers pages, the site search and the sitemap show; the enquirer's name and address never appear."""

import pytest
from django.urls import reverse
from django.utils import translation

from core.privacy import erase_personal_data, export_personal_data, former_member
from enquiries.enums import EnquiryStatus
from enquiries.models import Enquiry, PublicAnswer
from tests.factories.enquiries import EnquiryFactory, PublicAnswerFactory
from tests.factories.portal import VerifiedUserFactory
from tests.searching import search

pytestmark = pytest.mark.django_db


def url(name, language="en", **kwargs):
    with translation.override(language):
        return reverse(f"enquiries:{name}", kwargs=kwargs or None)


def answered(**fields):
    return EnquiryFactory(
        status=EnquiryStatus.ANSWERED,
        name="Мария Петрова",
        email="maria.petrova@example.org",
        question="Аз съм Мария Петрова от Якоруда. Кой предоставя асистентска подкрепа в общината?",
        answer="Общинският център за социални услуги в Якоруда.",
        **fields,
    )


def publish_in_admin(client, public_answer, **changes):
    change = reverse("admin:enquiries_publicanswer_change", args=[public_answer.pk])
    data = {
        "title_bg": "Асистентска подкрепа в Якоруда",
        "title_en": "Personal assistance in Yakoruda",
        "slug": public_answer.slug,
        "question_bg": "Кой предоставя асистентска подкрепа в община Якоруда?",
        "question_en": "Who provides personal assistance in Yakoruda municipality?",
        "answer_bg": public_answer.answer_bg,
        "answer_en": "The municipal centre for social services in Yakoruda.",
        "oblast": "",
        "is_published": "on",
        **changes,
    }
    return client.post(change, data)


def test_moderator_publishes_an_anonymised_answer(client, moderator_client, django_capture_on_commit_callbacks):
    enquiry = answered()
    changelist = reverse("admin:enquiries_enquiry_changelist")
    moderator_client.post(changelist, {"action": "prepare_public_version", "_selected_action": [enquiry.pk]})
    draft = PublicAnswer.objects.get(enquiry=enquiry)
    assert (draft.is_published, draft.question_bg) == (False, enquiry.question)

    with django_capture_on_commit_callbacks(execute=True):
        response = publish_in_admin(moderator_client, draft)

    assert response.status_code == 302
    client.logout()
    for language in ("bg", "en"):
        page = client.get(url("answer-detail", language, slug=draft.slug)).content.decode()
        assert "Якоруда" in page or "Yakoruda" in page
        assert "Мария" not in page and "maria.petrova@example.org" not in page
        assert draft.slug in client.get(url("answer-list", language)).content.decode()
    found = [hit.url for hit in search("асистентска подкрепа", language="bg")]
    assert found == [url("answer-detail", "bg", slug=draft.slug)]


def test_public_version_naming_the_enquirer_is_refused(moderator_client):
    enquiry = answered()
    moderator_client.post(
        reverse("admin:enquiries_enquiry_changelist"),
        {"action": "prepare_public_version", "_selected_action": [enquiry.pk]},
    )
    draft = PublicAnswer.objects.get()

    response = publish_in_admin(moderator_client, draft, question_bg=enquiry.question)

    assert response.status_code == 200
    assert "съдържа името или имейл адреса" in str(response.context["adminform"].form.non_field_errors())
    assert PublicAnswer.objects.get().is_published is False


def test_a_draft_has_no_page_and_is_not_in_the_sitemap(client):
    draft = PublicAnswerFactory(is_published=False, published_at=None)
    shown = PublicAnswerFactory()

    sitemap = client.get(reverse("sitemap")).content.decode()

    assert client.get(url("answer-detail", slug=draft.slug)).status_code == 404
    assert shown.get_absolute_url() in sitemap
    assert draft.slug not in sitemap


@pytest.mark.parametrize("rows", [2, 8])
def test_answer_list_queries_stay_flat(client, django_assert_num_queries, rows):
    PublicAnswerFactory.create_batch(rows)

    with django_assert_num_queries(3):
        response = client.get(url("answer-list"))

    assert len(response.context["answers"]) == rows


@pytest.mark.parametrize("language", ["bg", "en"])
def test_answer_page_in_both_languages(client, django_assert_num_queries, language):
    answer = PublicAnswerFactory()

    with django_assert_num_queries(2):
        page = client.get(url("answer-detail", language, slug=answer.slug)).content.decode()

    assert getattr(answer, f"answer_{language}") in page


def test_signed_in_enquirer_exports_and_erases_their_enquiries():
    user = VerifiedUserFactory(email="asker@example.org")
    enquiry = answered(user=user)
    public = PublicAnswerFactory(enquiry=enquiry)
    EnquiryFactory(question="Someone else's question")

    exported = export_personal_data(user)
    erase_personal_data(user=user, former_member=former_member())

    assert [item["question"] for item in exported["enquiries"]["enquiries"]] == [enquiry.question]
    assert list(Enquiry.objects.values_list("question", flat=True)) == ["Someone else's question"]
    public.refresh_from_db()
    assert (public.enquiry, public.is_published) == (None, True)
