"""One slug mechanism for every model with a slug (core.slugs.SlugFromTitle): the Bulgarian title, transliterated,
when the object was written in Bulgarian first, else the English one; stable once given."""

import re

import pytest
from django.urls import reverse

from directory.models import Organisation, Project, TargetGroup, Theme
from events.models import Event, Person
from films.models import Film
from forum.models import Category
from news.models import NewsPost
from practices.models import Document, Practice
from tests.factories.events import EventFactory
from tests.factories.films import FilmFactory
from tests.factories.forum import CategoryFactory
from tests.factories.portal import OrganisationFactory, ProjectFactory, TargetGroupFactory, ThemeFactory
from tests.factories.portal import PostFactory as NewsPostFactory
from tests.factories.practices import DocumentFactory, PracticeFactory

pytestmark = pytest.mark.django_db

# model, its factory, the translated field the slug comes from
SLUGGED = [
    (Practice, PracticeFactory, "title"),
    (Document, DocumentFactory, "title"),
    (Film, FilmFactory, "title"),
    (NewsPost, NewsPostFactory, "title"),
    (Event, EventFactory, "title"),
    (Organisation, OrganisationFactory, "name"),
    (Project, ProjectFactory, "title"),
    (Theme, ThemeFactory, "name"),
    (TargetGroup, TargetGroupFactory, "name"),
    (Category, CategoryFactory, "name"),
]


@pytest.mark.parametrize(("model", "factory", "field"), SLUGGED, ids=lambda value: getattr(value, "__name__", value))
def test_slug_comes_from_the_bulgarian_title_transliterated_and_stays(model, factory, field):
    obj = factory(slug="", **{f"{field}_bg": "Защитено жилище в Габрово", f"{field}_en": "Sheltered housing"})

    setattr(obj, f"{field}_bg", "Ново заглавие")
    obj.save()
    obj.refresh_from_db()

    assert obj.slug == "zashtiteno-zhilishte-v-gabrovo"


@pytest.mark.parametrize(("model", "factory", "field"), SLUGGED, ids=lambda value: getattr(value, "__name__", value))
def test_an_object_written_in_english_first_takes_its_slug_from_english(model, factory, field):
    obj = factory(slug="", **{f"{field}_bg": "", f"{field}_en": "Peer support in Plovdiv"})

    assert obj.slug == "peer-support-in-plovdiv"


def test_person_slug_from_the_bulgarian_name():
    person = Person.objects.create(name_bg="Юлия Цветкова", name_en="Yulia Tsvetkova")

    assert person.slug == "yulia-tsvetkova"


@pytest.mark.parametrize(("model", "factory", "field"), SLUGGED, ids=lambda value: getattr(value, "__name__", value))
def test_a_taken_slug_gets_a_number(model, factory, field):
    first = factory(slug="", **{f"{field}_bg": "Кооперация", f"{field}_en": "Cooperative one"})
    second = factory(slug="", **{f"{field}_bg": "Кооперация", f"{field}_en": "Cooperative two"})

    assert (first.slug, second.slug) == ("kooperatsia", "kooperatsia-2")


def test_practice_slug_never_shadows_the_comparison_page():
    practice = PracticeFactory(slug="", title_bg="Compare", title_en="Compare")

    assert practice.slug == "compare-2"


@pytest.mark.parametrize("language", ["bg", "en"])
def test_moderator_adds_an_organisation_in_the_admin_without_typing_a_slug(moderator_client, language):
    add_url = reverse("admin:directory_organisation_add")
    form = moderator_client.get(add_url, HTTP_ACCEPT_LANGUAGE=language).content.decode()

    response = moderator_client.post(
        add_url,
        {
            "name_bg": "Сдружение „Ръка за помощ“",
            "name_en": "Helping Hand Association",
            "slug": "",
            "kind": "ngo",
            "country": "BG",
            "_save": "Save",
        },
        HTTP_ACCEPT_LANGUAGE=language,
    )

    assert 'data-prepopulated-fields="[]"' in form  # nothing copies the English name into the slug
    assert not re.search(r'<input type="text" name="slug"[^>]*required', form)
    assert response.status_code == 302
    assert Organisation.objects.get().slug == "sdruzhenie-raka-za-pomosht"


@pytest.mark.parametrize("language", ["bg", "en"])
def test_moderator_adds_a_news_post_in_the_admin_written_in_bulgarian(moderator_client, language):
    response = moderator_client.post(
        reverse("admin:news_newspost_add"),
        {
            "title_bg": "Обучение за фасилитатори",
            "title_en": "",
            "slug": "",
            "status": "draft",
            "published_at_0": "2026-11-27",
            "published_at_1": "10:00:00",
            "summary_bg": "Кратко.",
            "body_bg": "Текст.",
            "tags": "",
            "_save": "Save",
        },
        HTTP_ACCEPT_LANGUAGE=language,
    )

    assert response.status_code == 302
    assert NewsPost.objects.get().slug == "obuchenie-za-fasilitatori"
