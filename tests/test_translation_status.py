"""Translation status for editors: missing and outdated translations on the change form, the "needs translation"
changelist filter and the count per language on the moderators' admin index."""

import pytest
from django.contrib import admin
from django.urls import reverse
from modeltranslation.translator import translator

from core.admin import TranslatedAdmin
from news.models import NewsPost
from tests.factories.portal import PostFactory as NewsPostFactory

pytestmark = pytest.mark.django_db


def news_form(post, **overrides):
    return {
        "title_bg": post.title_bg,
        "title_en": post.title_en,
        "slug": post.slug,
        "status": post.status,
        "published_at_0": "2026-11-27",
        "published_at_1": "10:00:00",
        "summary_bg": post.summary_bg,
        "summary_en": post.summary_en,
        "body_bg": post.body_bg,
        "body_en": post.body_en,
        "tags": "",
        "_save": "Save",
        **overrides,
    }


def change_url(post):
    return reverse("admin:news_newspost_change", args=[post.pk])


def changelist(client, language, **query):
    response = client.get(reverse("admin:news_newspost_changelist"), query, HTTP_ACCEPT_LANGUAGE=language)
    return response.content.decode()


@pytest.mark.parametrize(
    ("language", "outdated", "missing"),
    [
        ("bg", "Резюме (английски): остарял", "Текст (английски): липсва"),
        ("en", "Summary (English): outdated", "Body (English): missing"),
    ],
)
def test_change_form_shows_outdated_and_missing_translations(moderator_client, language, outdated, missing):
    post = NewsPostFactory(summary_bg="Старо резюме.", summary_en="Old summary.")
    moderator_client.post(change_url(post), news_form(post))  # both languages saved together: up to date

    moderator_client.post(change_url(post), news_form(post, summary_bg="Ново резюме.", body_en=""))
    page = moderator_client.get(change_url(post), HTTP_ACCEPT_LANGUAGE=language).content.decode()

    assert outdated in page
    assert missing in page


def test_saving_the_translation_again_makes_it_up_to_date(moderator_client):
    post = NewsPostFactory(summary_bg="Старо резюме.", summary_en="Old summary.")
    moderator_client.post(change_url(post), news_form(post))
    moderator_client.post(change_url(post), news_form(post, summary_bg="Ново резюме."))
    outdated = changelist(moderator_client, "en", needs_translation="en")

    post.refresh_from_db()
    moderator_client.post(change_url(post), news_form(post, summary_en="New summary."))
    page = moderator_client.get(change_url(post), HTTP_ACCEPT_LANGUAGE="en").content.decode()

    assert post.title_en in outdated
    assert "Every text is in both languages and up to date." in page
    assert post.title_en not in changelist(moderator_client, "en", needs_translation="en")


@pytest.mark.parametrize("language", ["bg", "en"])
def test_needs_translation_filter_lists_only_what_lacks_that_language(moderator_client, language):
    NewsPostFactory(title_bg="Само на български", title_en="", summary_en="", body_en="")
    NewsPostFactory(title_bg="Преведена", title_en="Translated")
    NewsPostFactory(title_bg="", title_en="Only in English", summary_bg="", body_bg="")

    into_english = changelist(moderator_client, language, needs_translation="en")
    into_bulgarian = changelist(moderator_client, language, needs_translation="bg")

    assert "Само на български" in into_english
    assert "Translated" not in into_english and "Преведена" not in into_english
    assert "Only in English" not in into_english
    assert "Only in English" in into_bulgarian
    assert "Само на български" not in into_bulgarian


def test_every_translated_model_in_the_admin_has_the_translation_status():
    translated = set(translator.get_registered_models(abstract=False))

    plain = [
        model._meta.label
        for model, model_admin in admin.site._registry.items()
        if model in translated and not isinstance(model_admin, TranslatedAdmin)
    ]

    assert plain == []


@pytest.mark.parametrize(
    ("language", "caption", "header"),
    [("bg", "Нуждае се от превод", "на английски"), ("en", "Needs translation", "into English")],
)
def test_moderators_admin_index_counts_what_needs_translating(moderator_client, language, caption, header):
    NewsPostFactory(title_en="", summary_en="", body_en="")
    NewsPostFactory(title_en="", summary_en="", body_en="")
    NewsPostFactory(title_bg="", summary_bg="", body_bg="")

    page = moderator_client.get(reverse("admin:index"), HTTP_ACCEPT_LANGUAGE=language).content.decode()

    changelist_url = reverse("admin:news_newspost_changelist")
    assert f"<caption>{caption}</caption>" in page
    assert header in page
    assert f'<a href="{changelist_url}?needs_translation=en">2</a>' in page
    assert f'<a href="{changelist_url}?needs_translation=bg">1</a>' in page


def test_organisers_admin_index_has_no_translation_counts(organiser_client):
    NewsPostFactory(title_en="", summary_en="", body_en="")

    page = organiser_client.get(reverse("admin:index")).content.decode()

    assert "translation-backlog" not in page


@pytest.mark.parametrize("count", [3, 30])
def test_needs_translation_changelist_queries_flat(moderator_client, django_assert_num_queries, count):
    NewsPostFactory.create_batch(count, title_en="", summary_en="", body_en="")
    changelist(moderator_client, "en", needs_translation="en")

    # two-factor, counts and rows (filtered and all), authors, the sidebar's models... (the user with their
    # profile and the permissions, from the second request on, from the cache: core.personal)
    with django_assert_num_queries(9):
        page = changelist(moderator_client, "en", needs_translation="en")

    assert page.count('class="field-title"') == count
    assert NewsPost.objects.count() == count
