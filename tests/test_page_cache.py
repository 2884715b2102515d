"""Every write declared in an app's receivers.py retires the cached anonymous pages that show it.

Each test caches a page as an anonymous visitor (the second request runs no query), changes one declared model
through the ORM or through the admin (signed in as a member of the Moderator group), lets the transaction's
after-commit callbacks run, and reads the page again: the change is there. No test calls an invalidator.
"""

from datetime import timedelta
from html.parser import HTMLParser

import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse

from core import page_cache, roles
from core.enums import PublicationStatus
from core.tags import Tag
from events.enums import RoleKind
from events.models import ProgrammeChange, SessionMaterial
from films.enums import TrackStatus
from forum.models import Category
from tests.factories.events import (
    EventFactory,
    PersonFactory,
    ProgrammeDayFactory,
    RoomFactory,
    SessionFactory,
    SessionRoleFactory,
)
from tests.factories.films import FilmFactory, SubtitleTrackFactory
from tests.factories.forum import CategoryFactory, PostFactory, ThreadFactory
from tests.factories.portal import OrganisationFactory, ThemeFactory, UserFactory, with_two_factor
from tests.factories.portal import PostFactory as NewsPostFactory
from tests.factories.practices import DocumentFactory, PracticeFactory

pytestmark = pytest.mark.django_db


# Every declaration, and so every model the tests below change: a model declared without a test fails here.
DECLARED = {
    "practices.practice": {"practices", "home"},
    "practices.document": {"practices"},
    "films.film": {"practices", "home"},
    "films.subtitletrack": {"practices", "home"},
    "events.event": {"events", "home"},
    "events.programmeday": {"events"},
    "events.room": {"events"},
    "events.session": {"events"},
    "events.sessionrole": {"events"},
    "events.sessionmaterial": {"events"},
    "events.person": {"events"},
    "events.programmechange": {"events"},
    "core.tag": {"practices", "events", "news"},
    "forum.category": {"forum"},
    "forum.discussion": {"forum", "home"},
    "forum.post": {"forum", "home"},
    "portal.sitesettings": {"home"},
    "news.newspost": {"home", "news"},  # news pages: tests/test_news_caching.py
    "directory.organisation": {"home", "initiatives", "services"},  # also tests/test_initiatives.py, test_services.py
    "directory.targetgroup": {"initiatives", "services"},
    "directory.theme": {"initiatives"},
    # tests/test_exchange_caching.py
    "exchange.listing": {"exchange"},
    "exchange.match": {"exchange"},
    "initiatives.call": {"initiatives", "home"},
    "services.service": {"services"},
    "enquiries.publicanswer": {"enquiries"},
}


def test_declarations_are_the_tested_ones():
    assert page_cache.declarations() == DECLARED


@pytest.fixture
def anonymous(django_assert_num_queries):
    """Reads pages as an anonymous visitor; `cached(url)` also checks the page now comes from the cache."""

    class Visitor:
        client = Client()

        def read(self, url):
            response = self.client.get(url)
            assert response.status_code == 200
            return response.content.decode()

        def cached(self, url):
            first = self.read(url)
            with django_assert_num_queries(0):
                assert self.read(url) == first
            return first

    return Visitor()


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """A block whose after-commit callbacks run at its end, as when a real transaction commits."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


# --- practices and documents --------------------------------------------------------------------------------------

PRACTICE_LIST = "practices:practice-list"
DOCUMENT_LIST = "practices:document-list"


def test_practice_created_updated_deleted(anonymous, committed):
    url = reverse(PRACTICE_LIST)
    assert "Нова практика" not in anonymous.cached(url)
    with committed():
        practice = PracticeFactory(title_bg="Нова практика")
    assert "Нова практика" in anonymous.cached(url)

    with committed():
        practice.title_bg = "Преименувана практика"
        practice.save()
    assert "Преименувана практика" in anonymous.cached(url)

    with committed():
        practice.delete()
    assert "Преименувана практика" not in anonymous.read(url)


def test_tag_named_in_english(anonymous, committed):
    practice, event = PracticeFactory(), EventFactory()
    with committed():
        practice.tags.set(["заетост"])
        event.tags.set(["заетост"])
    urls = [f"/en{practice.get_absolute_url()[3:]}", f"/en{event.get_absolute_url()[3:]}"]
    assert all("employment" not in anonymous.cached(url) for url in urls)

    with committed():
        tag = Tag.objects.get(slug="zaetost")
        tag.name_en = "employment"
        tag.save()
    assert all("employment" in anonymous.cached(url) for url in urls)


def test_practice_themes_and_tags_changed(anonymous, committed):
    practice, theme = PracticeFactory(), ThemeFactory(name_bg="Тема за кеша")
    url = practice.get_absolute_url()
    assert "Тема за кеша" not in anonymous.cached(url)

    with committed():
        practice.themes.add(theme)
    assert "Тема за кеша" in anonymous.cached(url)

    with committed():
        practice.tags.add("етикет-за-кеша")
    assert "етикет-за-кеша" in anonymous.cached(url)

    with committed():
        theme.practices.remove(practice)
    assert "Тема за кеша" not in anonymous.read(url)


def test_document_created_updated_deleted(anonymous, committed):
    url = reverse(DOCUMENT_LIST)
    assert "Нов документ" not in anonymous.cached(url)
    with committed():
        document = DocumentFactory(title_bg="Нов документ")
    assert "Нов документ" in anonymous.cached(url)

    with committed():
        document.title_bg = "Преименуван документ"
        document.save()
    assert "Преименуван документ" in anonymous.cached(url)

    with committed():
        document.delete()
    assert "Преименуван документ" not in anonymous.read(url)


def test_document_attached_to_practice_from_either_side(anonymous, committed):
    practice, document = PracticeFactory(), DocumentFactory(title_bg="Приложен документ")
    url = practice.get_absolute_url()
    assert "Приложен документ" not in anonymous.cached(url)

    with committed():
        document.practices.add(practice)
    assert "Приложен документ" in anonymous.cached(url)

    with committed():
        practice.documents.clear()
    assert "Приложен документ" not in anonymous.read(url)


# --- films and subtitle tracks ------------------------------------------------------------------------------------


def test_film_created_updated_deleted(anonymous, committed):
    url = reverse("films:film-list")
    assert "Нов филм" not in anonymous.cached(url)
    with committed():
        film = FilmFactory(title_bg="Нов филм")
    assert "Нов филм" in anonymous.cached(url)

    with committed():
        film.title_bg = "Преименуван филм"
        film.save()
    assert "Преименуван филм" in anonymous.cached(url)

    with committed():
        film.delete()
    assert "Преименуван филм" not in anonymous.read(url)


def test_film_linked_to_practice(anonymous, committed):
    practice, film = PracticeFactory(), FilmFactory(title_bg="Филм към практиката")
    url = practice.get_absolute_url()
    assert "Филм към практиката" not in anonymous.cached(url)

    with committed():
        film.practices.add(practice)
    assert "Филм към практиката" in anonymous.read(url)


def test_subtitle_track_created_updated_deleted(anonymous, committed):
    film = FilmFactory()
    url = film.get_absolute_url()
    assert "Субтитри за кеша" not in anonymous.cached(url)
    with committed():
        track = SubtitleTrackFactory(film=film, label="Субтитри за кеша")
    assert "Субтитри за кеша" in anonymous.cached(url)

    with committed():
        track.label = "Преименувани субтитри"
        track.save()
    assert "Преименувани субтитри" in anonymous.cached(url)

    with committed():
        track.delete()
    assert "Преименувани субтитри" not in anonymous.read(url)


# --- events and their programmes ----------------------------------------------------------------------------------


def test_event_created_updated_deleted(anonymous, committed):
    url = reverse("events:event-list")
    assert "Ново събитие" not in anonymous.cached(url)
    with committed():
        event = EventFactory(title_bg="Ново събитие")
    assert "Ново събитие" in anonymous.cached(url)

    with committed():
        event.title_bg = "Преименувано събитие"
        event.save()
    assert "Преименувано събитие" in anonymous.cached(url)

    with committed():
        event.delete()
    assert "Преименувано събитие" not in anonymous.read(url)


def test_event_themes_and_partners_changed(anonymous, committed):
    event = EventFactory()
    theme, partner = ThemeFactory(name_bg="Тема на събитието"), OrganisationFactory(name_bg="Партньор за кеша")
    url = event.get_absolute_url()
    assert "Тема на събитието" not in anonymous.cached(url)

    with committed():
        event.themes.add(theme)
    assert "Тема на събитието" in anonymous.cached(url)

    with committed():
        event.partners.add(partner)
    assert "Партньор за кеша" in anonymous.read(url)


@pytest.fixture
def session():
    return SessionFactory(title_bg="Сесия в програмата")


def programme(event):
    return reverse("events:event-programme", kwargs={"slug": event.slug})


def test_programme_day_updated_deleted(anonymous, committed, session):
    # A day without sessions is shown nowhere, so creating one changes no page.
    day = session.day
    url = programme(session.event)
    assert "Ден на разговорите" not in anonymous.cached(url)

    with committed():
        day.title_bg = "Ден на разговорите"
        day.save()
    assert "Ден на разговорите" in anonymous.cached(url)

    session.day = ProgrammeDayFactory(event=session.event, date=day.date + timedelta(days=1))
    session.save()
    with committed():
        day.delete()
    assert "Ден на разговорите" not in anonymous.read(url)


def test_room_created_updated_deleted(anonymous, committed, session):
    url = programme(session.event)
    assert "Зала „Витоша“" not in anonymous.cached(url)
    with committed():
        room = RoomFactory(event=session.event, name_bg="Зала „Витоша“")
    assert "Зала „Витоша“" in anonymous.cached(url)  # the programme's room filter lists every room

    with committed():
        room.name_bg = "Зала „Рила“"
        room.save()
    assert "Зала „Рила“" in anonymous.cached(url)

    with committed():
        room.delete()
    assert "Зала „Рила“" not in anonymous.read(url)


def test_session_created_updated_deleted(anonymous, committed, session):
    url = programme(session.event)
    assert "Нова сесия" not in anonymous.cached(url)
    with committed():
        new = SessionFactory(day=session.day, title_bg="Нова сесия")
    assert "Нова сесия" in anonymous.cached(url)

    with committed():
        new.title_bg = "Преименувана сесия"
        new.save()
    assert "Преименувана сесия" in anonymous.cached(url)

    with committed():
        new.delete()
    assert "Преименувана сесия" not in anonymous.read(url)


def test_practice_presented_in_session_retires_both_areas(anonymous, committed, session):
    practice = PracticeFactory(title_bg="Представена практика")
    session_url, practice_url = session.get_absolute_url(), practice.get_absolute_url()
    assert "Представена практика" not in anonymous.cached(session_url)
    assert session.event.title not in anonymous.cached(practice_url)

    with committed():
        session.practices.add(practice)

    assert "Представена практика" in anonymous.read(session_url)
    assert session.event.title in anonymous.read(practice_url)


def test_session_role_created_updated_deleted(anonymous, committed, session):
    url = session.get_absolute_url()
    person = PersonFactory(name_bg="Мария Лекторова")
    assert "Мария Лекторова" not in anonymous.cached(url)
    with committed():
        role = SessionRoleFactory(session=session, person=person, role=RoleKind.SPEAKER)
    assert "Мария Лекторова" in anonymous.cached(url)

    with committed():
        role.role = RoleKind.MODERATOR
        role.save()
    assert f"({str(RoleKind.MODERATOR.label).lower()})" in anonymous.cached(url)

    with committed():
        role.delete()
    assert "Мария Лекторова" not in anonymous.read(url)


def test_session_material_created_updated_deleted(anonymous, committed, session):
    url = session.get_absolute_url()
    assert "Презентация за кеша" not in anonymous.cached(url)
    with committed():
        material = SessionMaterial.objects.create(
            session=session, kind="slides", title="Презентация за кеша", url="https://example.org/slides.pdf"
        )
    assert "Презентация за кеша" in anonymous.cached(url)

    with committed():
        material.title = "Доклад за кеша"
        material.save()
    assert "Доклад за кеша" in anonymous.cached(url)

    with committed():
        material.delete()
    assert "Доклад за кеша" not in anonymous.read(url)


def test_person_updated_deleted(anonymous, committed, session):
    person = PersonFactory(name_bg="Иван Говорителев")
    role = SessionRoleFactory(session=session, person=person)
    url = session.get_absolute_url()
    assert "Иван Говорителев" in anonymous.cached(url)

    with committed():
        person.name_bg = "Иван Лекторов"
        person.save()
    assert "Иван Лекторов" in anonymous.cached(url)

    role.delete()  # a person with roles is protected from deletion
    with committed():
        person.delete()
    assert "Иван Лекторов" not in anonymous.read(url)


def test_programme_change_created_updated_deleted(anonymous, committed, session):
    url = reverse("events:change-log", kwargs={"slug": session.event.slug})
    assert "Сесията се мести" not in anonymous.cached(url)
    with committed():
        change = ProgrammeChange.objects.create(
            event=session.event, session=session, kind="moved", description_bg="Сесията се мести в зала 2."
        )
    assert "Сесията се мести" in anonymous.cached(url)

    with committed():
        change.description_bg = "Сесията остава в зала 1."
        change.save()
    assert "Сесията остава в зала 1." in anonymous.cached(url)

    with committed():
        change.delete()
    assert "Сесията остава в зала 1." not in anonymous.read(url)


# --- the forum, and comments on pages of other areas --------------------------------------------------------------


def test_category_created_updated_deleted(anonymous, committed):
    url = reverse("forum:index")
    assert "Нова категория" not in anonymous.cached(url)
    with committed():
        category = CategoryFactory(name_bg="Нова категория")
    assert "Нова категория" in anonymous.cached(url)

    with committed():
        category.name_bg = "Преименувана категория"
        category.save()
    assert "Преименувана категория" in anonymous.cached(url)

    with committed():
        category.delete()
    assert "Преименувана категория" not in anonymous.read(url)


def test_thread_created_updated_deleted(anonymous, committed):
    category = CategoryFactory()
    url = category.get_absolute_url()
    assert "Нова тема" not in anonymous.cached(url)
    with committed():
        thread = PostFactory(discussion=ThreadFactory(category=category, title="Нова тема")).discussion
    assert "Нова тема" in anonymous.cached(url)

    with committed():
        thread.title = "Преименувана тема"
        thread.save(update_fields=["title"])
    assert "Преименувана тема" in anonymous.cached(url)

    with committed():
        thread.posts.all().delete()
        thread.delete()
    assert "Преименувана тема" not in anonymous.read(url)


def test_post_created_updated_deleted(anonymous, committed):
    thread = PostFactory().discussion
    url = thread.get_absolute_url()
    assert "Нов отговор" not in anonymous.cached(url)
    with committed():
        post = PostFactory(discussion=thread, body="Нов отговор")
    assert "Нов отговор" in anonymous.cached(url)

    with committed():
        post.body_html = "<p>Поправен отговор</p>"
        post.save()
    assert "Поправен отговор" in anonymous.cached(url)

    with committed():
        post.delete()
    assert "Поправен отговор" not in anonymous.read(url)


COMMENTED = {
    "practice": lambda: PracticeFactory(),
    "film": lambda: FilmFactory(),
    "event": lambda: EventFactory(),
}


@pytest.mark.parametrize("target", COMMENTED)
def test_comment_retires_the_page_it_is_on(anonymous, committed, target):
    from forum.services import open_discussion

    content = COMMENTED[target]()
    url = content.get_absolute_url()
    assert "Коментар за кеша" not in anonymous.cached(url)

    with committed():
        post = PostFactory(discussion=open_discussion(content_object=content), body="Коментар за кеша")
    assert "Коментар за кеша" in anonymous.cached(url)

    with committed():
        post.body_html = "<p>Поправен коментар</p>"
        post.save()
    assert "Поправен коментар" in anonymous.read(url)


# --- the home page, which shows a little of every area ------------------------------------------------------------


HOME_WRITES = {
    "practice counted": (lambda: PracticeFactory(), "1 практика"),
    "film listed": (lambda: FilmFactory(title_bg="Филм за началото"), "Филм за началото"),
    "event listed": (lambda: EventFactory(title_bg="Среща за началото"), "Среща за началото"),
    "discussion listed": (lambda: PostFactory(discussion=ThreadFactory(title="Тема за началото")), "Тема за началото"),
    "news post listed": (lambda: NewsPostFactory(title_bg="Новина за началото"), "Новина за началото"),
    "organisation counted": (lambda: OrganisationFactory(), "1 организация"),
}


@pytest.mark.parametrize("write", HOME_WRITES)
def test_home_page_retired_by_what_it_shows(anonymous, committed, write):
    create, shown = HOME_WRITES[write]
    url = reverse("portal:home")
    assert shown not in anonymous.cached(url)

    with committed():
        create()

    assert shown in anonymous.cached(url)


def test_home_page_retired_when_a_film_gains_subtitles(anonymous, committed):
    film = FilmFactory(title_bg="Филм без субтитри")
    url = reverse("portal:home")
    assert "Субтитри: още няма" in " ".join(anonymous.cached(url).split())

    with committed():
        SubtitleTrackFactory(film=film, language="en")

    assert "Субтитри: Английски" in " ".join(anonymous.cached(url).split())


def test_home_page_retired_when_a_practice_is_featured_renamed_and_deleted(anonymous, committed):
    from portal.models import SiteSettings

    practice = PracticeFactory(title_bg="Практика на месеца")
    url = reverse("portal:home")
    assert "Практика на месеца" not in anonymous.cached(url)
    with committed():
        SiteSettings.load().featured_practices.add(practice)
    assert "Практика на месеца" in anonymous.cached(url)

    with committed():
        practice.title_bg = "Преименувана практика на месеца"
        practice.save()
    assert "Преименувана практика на месеца" in anonymous.cached(url)

    with committed():
        practice.delete()
    assert "Преименувана практика на месеца" not in anonymous.read(url)


# --- the same writes through the admin, as a moderator -----------------------------------------------------------


class FormReader(HTMLParser):
    """The values a browser would submit from the admin's change form (file inputs and buttons left out)."""

    def __init__(self):
        super().__init__()
        self.data, self._select, self._textarea = {}, None, None

    def _add(self, name, value):
        self.data.setdefault(name, []).append(value)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        name = attrs.get("name")
        if tag == "input" and name and attrs.get("type", "text") not in {"file", "submit", "button", "image"}:
            if attrs.get("type") in {"checkbox", "radio"}:
                if "checked" in attrs:
                    self._add(name, attrs.get("value", "on"))
            else:
                self._add(name, attrs.get("value", ""))
        elif tag == "select" and name:
            self._select = name
            self.data.setdefault(name, [])
        elif tag == "option" and self._select and "selected" in attrs:
            self._add(self._select, attrs.get("value", ""))
        elif tag == "textarea" and name:
            self._textarea = name
            self._add(name, "")

    def handle_data(self, data):
        if self._textarea:
            self.data[self._textarea][-1] += data.removeprefix("\n") if not self.data[self._textarea][-1] else data

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None


def admin_form(client, url):
    response = client.get(url)
    assert response.status_code == 200
    reader = FormReader()
    reader.feed(response.content.decode())
    data = {name: values if len(values) != 1 else values[0] for name, values in reader.data.items()}
    data.pop("csrfmiddlewaretoken", None)
    return {name: value for name, value in data.items() if value != []}


def admin_save(client, url, **changes):
    """Submit the admin form at `url` as shown, with `changes`; the admin answers with a redirect."""
    data = {**admin_form(client, url), **changes}
    response = client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors if response.context else response
    return response


def moderator(*permissions):
    """A member of the Moderator group, with any of `permissions` ("app.codename") the group does not hold yet."""
    user = with_two_factor(roles.assign_role(user=UserFactory(), role=roles.MODERATOR))
    for name in permissions:
        app_label, codename = name.split(".")
        if not user.has_perm(name):
            user.user_permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))
    return user


@pytest.fixture
def admin_as(client):
    def sign_in(*permissions):
        client.force_login(moderator(*permissions))
        return client

    return sign_in


def delete_through_admin(client, model, obj):
    opts = model._meta
    response = client.post(reverse(f"admin:{opts.app_label}_{opts.model_name}_delete", args=[obj.pk]), {"post": "yes"})
    assert response.status_code == 302


def change_url(obj):
    opts = obj._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])


def run_action(client, model, action, objects):
    opts = model._meta
    response = client.post(
        reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist"),
        {"action": action, "_selected_action": [obj.pk for obj in objects]},
    )
    assert response.status_code == 302


PRACTICE_PERMISSIONS = [
    f"practices.{action}_{model}" for model in ("practice", "document") for action in ("view", "change", "delete")
]
FILM_PERMISSIONS = [
    f"films.{action}_{model}" for model in ("film", "subtitletrack") for action in ("view", "change", "delete")
]


def test_admin_practice_change_action_delete(anonymous, committed, admin_as):
    client = admin_as(*PRACTICE_PERMISSIONS)
    practice = PracticeFactory(title_bg="Практика в админа")
    draft = PracticeFactory(title_bg="Чернова в админа", status=PublicationStatus.DRAFT, published_at=None)
    url = reverse(PRACTICE_LIST)
    assert "Практика в админа" in anonymous.cached(url)

    with committed():
        admin_save(client, change_url(practice), title_bg="Практика от модератора")
    assert "Практика от модератора" in anonymous.cached(url)

    with committed():
        run_action(client, type(practice), "publish", [draft])
    assert "Чернова в админа" in anonymous.cached(url)

    with committed():
        delete_through_admin(client, type(practice), practice)
    assert "Практика от модератора" not in anonymous.read(url)


def test_admin_document_change_delete(anonymous, committed, admin_as):
    client = admin_as(*PRACTICE_PERMISSIONS)
    practice = PracticeFactory()
    document = DocumentFactory(title_bg="Документ в админа")
    url = practice.get_absolute_url()
    assert "Документ в админа" not in anonymous.cached(url)

    with committed():
        admin_save(client, change_url(document), title_bg="Документ от модератора", practices=[practice.pk])
    assert "Документ от модератора" in anonymous.cached(url)

    with committed():
        delete_through_admin(client, type(document), document)
    assert "Документ от модератора" not in anonymous.read(url)


def test_admin_film_change_actions_delete(anonymous, committed, admin_as):
    client = admin_as(*FILM_PERMISSIONS)
    film = FilmFactory(title_bg="Филм в админа")
    url = reverse("films:film-list")
    assert "Филм в админа" in anonymous.cached(url)

    with committed():
        admin_save(client, change_url(film), title_bg="Филм от модератора")
    assert "Филм от модератора" in anonymous.cached(url)

    with committed():
        run_action(client, type(film), "unpublish", [film])
    assert "Филм от модератора" not in anonymous.cached(url)

    with committed():
        run_action(client, type(film), "publish", [film])
    assert "Филм от модератора" in anonymous.cached(url)

    with committed():
        delete_through_admin(client, type(film), film)
    assert "Филм от модератора" not in anonymous.read(url)


def test_admin_subtitle_track_change_approve_delete(anonymous, committed, admin_as):
    client = admin_as(*FILM_PERMISSIONS)
    track = SubtitleTrackFactory(label="Субтитри в админа", status=TrackStatus.DRAFT)
    url = track.film.get_absolute_url()
    assert "Субтитри в админа" not in anonymous.cached(url)

    with committed():
        run_action(client, type(track), "approve", [track])
    assert "Субтитри в админа" in anonymous.cached(url)

    with committed():
        admin_save(client, change_url(track), label="Субтитри от модератора")
    assert "Субтитри от модератора" in anonymous.cached(url)

    with committed():
        delete_through_admin(client, type(track), track)
    assert "Субтитри от модератора" not in anonymous.read(url)


def test_admin_event_change_inlines_action_delete(anonymous, committed, admin_as, session):
    client = admin_as()
    event = session.event
    draft = EventFactory(title_bg="Събитие-чернова", status="draft")
    list_url, programme_url = reverse("events:event-list"), programme(event)
    assert "Събитие-чернова" not in anonymous.cached(list_url)
    assert "Работилници от модератора" not in anonymous.cached(programme_url)

    with committed():
        admin_save(
            client,
            change_url(event),
            title_bg="Събитие от модератора",
            **{"days-0-title_bg": "Работилници от модератора"},
        )
    assert "Събитие от модератора" in anonymous.cached(list_url)
    assert "Работилници от модератора" in anonymous.cached(programme_url)

    with committed():
        run_action(client, type(event), "publish", [draft])
    assert "Събитие-чернова" in anonymous.cached(list_url)

    with committed():
        delete_through_admin(client, type(event), event)
    assert "Събитие от модератора" not in anonymous.read(list_url)


def test_admin_session_and_its_inlines_change_delete(anonymous, committed, admin_as, session):
    client = admin_as()
    role = SessionRoleFactory(session=session, person=PersonFactory(name_bg="Лектор в админа"))
    session_url, programme_url = session.get_absolute_url(), programme(session.event)
    assert "Лектор в админа" in anonymous.cached(session_url)
    assert "Сесия в програмата" in anonymous.cached(programme_url)

    with committed():
        admin_save(
            client,
            change_url(session),
            title_bg="Сесия от модератора",
            **{
                "roles-0-DELETE": "on",
                "materials-TOTAL_FORMS": "1",
                "materials-0-kind": "slides",
                "materials-0-title_bg": "Слайдове от модератора",
                "materials-0-url": "https://example.org/slides.pdf",
            },
        )
    page = anonymous.cached(session_url)
    assert "Сесия от модератора" in page and "Слайдове от модератора" in page and "Лектор в админа" not in page
    assert "Сесия от модератора" in anonymous.cached(programme_url)
    assert not type(role).objects.filter(pk=role.pk).exists()

    with committed():
        delete_through_admin(client, type(session), session)
    assert "Сесия от модератора" not in anonymous.read(programme_url)


def test_admin_person_change_delete(anonymous, committed, admin_as, session):
    client = admin_as()
    person = PersonFactory(name_bg="Човек в админа")
    role = SessionRoleFactory(session=session, person=person)
    url = session.get_absolute_url()
    assert "Човек в админа" in anonymous.cached(url)

    with committed():
        admin_save(client, change_url(person), name_bg="Човек от модератора")
    assert "Човек от модератора" in anonymous.cached(url)

    role.delete()
    anonymous.cached(person.get_absolute_url())
    with committed():
        delete_through_admin(client, type(person), person)
    assert anonymous.client.get(person.get_absolute_url()).status_code == 404


def test_admin_programme_change_edited_and_deleted(anonymous, committed, admin_as, session):
    client = admin_as("events.change_programmechange", "events.delete_programmechange")
    change = ProgrammeChange.objects.create(
        event=session.event, session=session, kind="moved", description_bg="Сесията се мести."
    )
    url = reverse("events:change-log", kwargs={"slug": session.event.slug})
    assert "Сесията се мести." in anonymous.cached(url)

    with committed():
        admin_save(client, change_url(change), description_bg="Сесията се мести в зала 3.")
    assert "Сесията се мести в зала 3." in anonymous.cached(url)

    with committed():
        delete_through_admin(client, type(change), change)
    assert "Сесията се мести в зала 3." not in anonymous.read(url)


def test_admin_category_added_and_changed(anonymous, committed, admin_as):
    client = admin_as()
    url = reverse("forum:index")
    assert "Категория от модератора" not in anonymous.cached(url)

    with committed():
        response = client.post(
            reverse("admin:forum_category_add"),
            {
                "name_bg": "Категория от модератора",
                "name_en": "By a moderator",
                "slug": "by-a-moderator",
                "position": 1,
            },
        )
    assert response.status_code == 302
    assert "Категория от модератора" in anonymous.cached(url)

    with committed():
        admin_save(client, change_url(Category.objects.get(slug="by-a-moderator")), name_bg="Категория, преименувана")
    assert "Категория, преименувана" in anonymous.read(url)


def test_admin_lock_action_and_hide_action(anonymous, committed, admin_as):
    client = admin_as()
    post = PostFactory(body="Публикация за скриване")
    thread = post.discussion
    url = thread.get_absolute_url()
    assert "Публикация за скриване" in anonymous.cached(url)

    with committed():
        run_action(client, type(thread), "lock_threads", [thread])
    assert "forum-badge" in anonymous.cached(url)

    with committed():
        run_action(client, type(post), "hide_posts", [post])
    assert "Публикация за скриване" not in anonymous.read(url)


def test_admin_hiding_a_comment_retires_the_page_it_is_on(anonymous, committed, admin_as):
    from forum.services import open_discussion

    client = admin_as()
    practice = PracticeFactory()
    post = PostFactory(discussion=open_discussion(content_object=practice), body="Коментар за скриване")
    url = practice.get_absolute_url()
    assert "Коментар за скриване" in anonymous.cached(url)

    with committed():
        run_action(client, type(post), "hide_posts", [post])
    assert "Коментар за скриване" not in anonymous.read(url)
