"""Tags named in Bulgarian and English: each page shows the page language's name, or the Bulgarian one marked
lang="bg" where no English name exists yet; slugs are made once and stay."""

import re
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation

from core.tags import Tag
from tests.factories.events import EventFactory
from tests.factories.films import FilmFactory
from tests.factories.portal import PostFactory as NewsPostFactory
from tests.factories.practices import DocumentFactory, PracticeFactory

pytestmark = pytest.mark.django_db


def tag(name_bg, name_en=None):
    return Tag.objects.create(name=name_bg, name_bg=name_bg, name_en=name_en)


TAGGED = {
    "practice": PracticeFactory,
    "document": DocumentFactory,
    "film": FilmFactory,
    "event": EventFactory,
    "news": NewsPostFactory,
}


@pytest.mark.parametrize("kind", TAGGED)
@pytest.mark.parametrize(("language", "shown"), [("bg", "наставничество"), ("en", "mentoring")])
def test_pages_show_the_tag_in_the_page_language(client, kind, language, shown):
    obj = TAGGED[kind]()
    obj.tags.set([tag("наставничество", "mentoring")])

    page = client.get(f"/{language}{obj.get_absolute_url()[3:]}").content.decode()

    assert re.search(rf">\s*{shown}\s*<", page)


@pytest.mark.parametrize("kind", TAGGED)
def test_english_pages_mark_a_tag_without_an_english_name_as_bulgarian(client, kind):
    obj = TAGGED[kind]()
    obj.tags.set([tag("лична помощ")])

    english = client.get(f"/en{obj.get_absolute_url()[3:]}").content.decode()
    bulgarian = client.get(f"/bg{obj.get_absolute_url()[3:]}").content.decode()

    assert '<span lang="bg">лична помощ</span>' in english
    assert "лична помощ" in bulgarian
    assert '<span lang="bg">лична помощ</span>' not in bulgarian


@pytest.mark.parametrize(
    ("language", "option", "kept", "left_out"),
    [
        ("bg", '<option value="zaetost">заетост (1)</option>', "Първо работа", "Грижа у дома"),
        ("en", '<option value="zaetost">employment (1)</option>', "Jobs first", "Care at home"),
    ],
)
def test_practice_filter_lists_tags_in_the_page_language_with_the_same_slug(client, language, option, kept, left_out):
    PracticeFactory(title_bg="Първо работа", title_en="Jobs first").tags.set([tag("заетост", "employment")])
    PracticeFactory(title_bg="Грижа у дома", title_en="Care at home").tags.set([tag("лични грижи")])

    listing = client.get(f"/{language}/practices/").content.decode()
    filtered = client.get(f"/{language}/practices/?tag=zaetost").content.decode()

    assert option in listing
    assert kept in filtered
    assert left_out not in filtered


def test_practice_filter_marks_a_tag_without_an_english_name(client):
    PracticeFactory().tags.set([tag("лични грижи")])

    listing = client.get("/en/practices/").content.decode()

    assert '<option value="lichni-grizhi" lang="bg">лични грижи (1)</option>' in listing


def test_tag_slug_is_transliterated_once_and_stays_when_renamed():
    mentoring = tag("наставничество")

    mentoring.name_bg = "менторство"
    mentoring.name_en = "mentoring"
    mentoring.save()
    mentoring.refresh_from_db()

    assert mentoring.slug == "nastavnichestvo"


def test_typing_a_tags_english_or_bulgarian_name_finds_the_same_tag():
    employment = tag("заетост", "employment")
    practice = PracticeFactory()

    with translation.override("en"):
        practice.tags.set(["employment", "заетост", "new word"])

    assert Tag.objects.count() == 2
    assert set(practice.tags.values_list("pk", flat=True)) == {employment.pk, Tag.objects.get(slug="new-word").pk}
    assert Tag.objects.get(slug="new-word").name_en == "new word"


@pytest.mark.parametrize("language", ["bg", "en"])
def test_moderator_names_a_tag_in_english_in_the_admin(moderator_client, language):
    care = tag("лични грижи")
    url = reverse("admin:core_tag_change", args=[care.pk])

    form = moderator_client.get(url, HTTP_ACCEPT_LANGUAGE=language).content.decode()
    response = moderator_client.post(
        url, {"name_bg": "лични грижи", "name_en": "personal care", "_save": "Save"}, HTTP_ACCEPT_LANGUAGE=language
    )

    assert 'name="name_en"' in form
    assert response.status_code == 302
    care.refresh_from_db()
    assert (care.name_en, care.slug) == ("personal care", "lichni-grizhi")


def test_organisers_cannot_rename_tags(organiser_client):
    care = tag("лични грижи")

    response = organiser_client.get(reverse("admin:core_tag_change", args=[care.pk]))

    assert response.status_code == 403


def test_every_demo_tag_has_an_english_name():
    call_command("load_demo", stdout=StringIO())

    assert Tag.objects.count() > 20
    assert list(Tag.objects.filter(name_en__isnull=True).values_list("name_bg", flat=True)) == []
