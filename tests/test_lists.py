"""Every list page pages forgivingly, and every filtered list drops a bad filter value on its own."""

from datetime import timedelta

import pytest
from django.urls import resolve, reverse
from django.utils import timezone, translation

from core.lists import ShortListPaginator
from events.enums import EventType
from forum.enums import NotificationKind
from forum.models import Notification
from practices.enums import DocumentLanguage, DocumentType, TransferStage
from practices.models import Practice
from tests.factories.events import EventFactory, ProgrammeDayFactory, RoomFactory, SessionFactory, in_sofia
from tests.factories.films import FilmFactory
from tests.factories.forum import CategoryFactory, PostFactory, ThreadFactory
from tests.factories.portal import OrganisationFactory, ProjectFactory, VerifiedUserFactory
from tests.factories.portal import PostFactory as NewsPostFactory
from tests.factories.practices import DocumentFactory, PracticeFactory

pytestmark = pytest.mark.django_db


def two_notifications(client):
    reader = VerifiedUserFactory()
    for _ in range(2):
        post = PostFactory()
        Notification.objects.create(
            recipient=reader,
            post=post,
            discussion=post.discussion,
            kind=NotificationKind.REPLY,
            target=post.discussion.followed,
        )
    client.force_login(reader)
    return {}


def two_threads(client):
    category = CategoryFactory(slug="ideas")
    for _ in range(2):
        PostFactory(discussion=ThreadFactory(category=category))
    return {"slug": category.slug}


def two_past_events(client):
    for days in (40, 50):
        EventFactory(start=timezone.now() - timedelta(days=days))
    return {}


# URL name -> arranges two items (and signs in where the list is personal), returns the URL's kwargs.
LISTS = {
    "practices:practice-list": lambda client: PracticeFactory.create_batch(2) and {},
    "practices:document-list": lambda client: DocumentFactory.create_batch(2) and {},
    "films:film-list": lambda client: FilmFactory.create_batch(2) and {},
    "directory:organisation-list": lambda client: OrganisationFactory.create_batch(2) and {},
    "directory:project-list": lambda client: ProjectFactory.create_batch(2) and {},
    "news:post-list": lambda client: NewsPostFactory.create_batch(2) and {},
    "events:event-list": lambda client: EventFactory.create_batch(2) and {},
    "events:event-archive": two_past_events,
    "forum:category-detail": two_threads,
    "forum:notification-list": two_notifications,
}


def listed(response):
    return [item.pk for item in response.context["page_obj"].object_list]


@pytest.mark.parametrize("name", LISTS)
@pytest.mark.parametrize("language", ["bg", "en"])
@pytest.mark.parametrize(("page", "nearest"), [("abc", "1"), ("99999", "2"), ("last", "2")])
def test_list_shows_the_nearest_page_for_a_bad_page_number(client, monkeypatch, name, language, page, nearest):
    with translation.override(language):
        url = reverse(name, kwargs=LISTS[name](client) or None)
        view_class = resolve(url).func.view_class
    # One item a page, so the two items make two pages.
    monkeypatch.setattr(view_class, "get_paginate_by", lambda view, queryset: 1)

    pages = {number: listed(client.get(url, {"page": number})) for number in ("1", "2")}

    response = client.get(url, {"page": page})

    assert response.status_code == 200
    assert response.context["page_obj"].number == int(nearest)
    assert listed(response) == pages[nearest] != pages["1" if nearest == "2" else "2"]


@pytest.mark.parametrize("language", ["bg", "en"])
def test_practice_list_keeps_a_good_filter_beside_a_bad_one(client, language):
    PracticeFactory(title_bg="Пилотирана", transfer_stage=TransferStage.PILOTED)
    PracticeFactory(title_bg="Проучена", transfer_stage=TransferStage.STUDIED_ABROAD)
    with translation.override(language):
        url = reverse("practices:practice-list")

    response = client.get(url, {"country": "XX", "stage": "piloted", "sort": "nonsense"})

    assert [practice.title_bg for practice in response.context["practices"]] == ["Пилотирана"]


@pytest.mark.parametrize("language", ["bg", "en"])
def test_document_list_keeps_a_good_filter_beside_a_bad_one(client, language):
    DocumentFactory(title_bg="Наръчник", document_type=DocumentType.HANDBOOK, language=DocumentLanguage.BULGARIAN)
    DocumentFactory(title_bg="Доклад", document_type=DocumentType.REPORT, language=DocumentLanguage.BULGARIAN)
    with translation.override(language):
        url = reverse("practices:document-list")

    response = client.get(url, {"type": "handbook", "publisher": "no-such-publisher"})

    assert [document.title_bg for document in response.context["documents"]] == ["Наръчник"]


@pytest.mark.parametrize("name", ["events:event-list", "events:event-archive"])
def test_event_lists_keep_a_good_filter_beside_a_bad_one(client, name):
    start = timezone.now() + timedelta(days=30) * (-1 if name == "events:event-archive" else 1)
    EventFactory(title_bg="Уебинар", event_type=EventType.WEBINAR, start=start)
    EventFactory(title_bg="Конференция", event_type=EventType.CONFERENCE, start=start)

    response = client.get(reverse(name), {"type": "webinar", "year": "abc", "organiser": "nobody"})

    assert [event.title_bg for event in response.context["events"]] == ["Уебинар"]


def test_organisation_list_keeps_a_good_filter_beside_a_bad_one(client):
    OrganisationFactory(name_bg="Софийска", country="BG")
    OrganisationFactory(name_bg="Италианска", country="IT")

    response = client.get(reverse("directory:organisation-list"), {"country": "IT", "kind": "spaceship"})

    assert [organisation.name_bg for organisation in response.context["organisations"]] == ["Италианска"]


def test_programme_keeps_a_good_filter_beside_a_bad_one(client):
    event = EventFactory(start=in_sofia(2027, 3, 10, 9), end=in_sofia(2027, 3, 10, 17))
    day = ProgrammeDayFactory(event=event)
    RoomFactory(event=event)
    SessionFactory(day=day, languages="en", title_bg="Английска", start=in_sofia(2027, 3, 10, 9))
    SessionFactory(day=day, languages="bg", title_bg="Българска", start=in_sofia(2027, 3, 10, 11))

    content = client.get(
        reverse("events:event-programme", kwargs={"slug": event.slug}), {"language": "en", "room": "999"}
    ).content.decode()

    assert "Английска" in content
    assert "Българска" not in content


@pytest.mark.parametrize(
    ("practices", "asked", "queries", "shown", "pages"),
    [
        (0, None, 1, 0, 1),  # an empty first page is a page
        (3, "1", 1, 3, 1),  # one page: counted from its own rows
        (4, "abc", 1, 4, 1),  # not a number: the first page, as Paginator.get_page does
        (5, "1", 2, 3, 2),  # longer than a page and its orphans: a COUNT besides
        (5, "2", 2, 2, 2),  # a later page: COUNT, then that page
    ],
)
def test_a_short_list_counts_itself_from_its_first_page(
    django_assert_num_queries, practices, asked, queries, shown, pages
):
    PracticeFactory.create_batch(practices)
    paginator = ShortListPaginator(Practice.objects.order_by("pk"), 3, orphans=1)

    with django_assert_num_queries(queries):
        page = paginator.get_page(asked)
        assert (len(page.object_list), paginator.num_pages, paginator.count) == (shown, pages, practices)
