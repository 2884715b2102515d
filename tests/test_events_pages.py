import json
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from core import roles
from events.enums import EventStatus, EventType
from tests.factories.events import EventFactory, in_sofia
from tests.factories.portal import OrganisationFactory, ThemeFactory, UserFactory

pytestmark = pytest.mark.django_db


def page(client, name, **kwargs):
    return client.get(reverse(name, kwargs=kwargs or None)).content.decode()


@pytest.mark.parametrize(
    ("language", "title", "heading"), [("bg", "Конференция X", "Предстоящи"), ("en", "Conference X", "Upcoming")]
)
def test_event_list_both_languages_show_card(client, language, title, heading):
    EventFactory(title_bg="Конференция X", title_en="Conference X", event_type=EventType.SEMINAR)

    response = client.get(f"/{language}/events/")

    content = response.content.decode()
    assert title in content
    assert ("Семинар" if language == "bg" else "Seminar") in content


def test_event_list_upcoming_only_archive_past_only(client):
    EventFactory(title_en="Future meeting", title_bg="Бъдеща среща")
    past_start = timezone.now() - timedelta(days=400)
    EventFactory(title_en="Old meeting", title_bg="Стара среща", start=past_start, end=past_start + timedelta(hours=3))

    upcoming = page(client, "events:event-list")
    archive = page(client, "events:event-archive")

    assert "Бъдеща среща" in upcoming and "Стара среща" not in upcoming
    assert "Стара среща" in archive and "Бъдеща среща" not in archive


def test_event_list_orders_upcoming_soonest_first(client):
    later = EventFactory(start=timezone.now() + timedelta(days=60), title_bg="По-късно")
    EventFactory(start=timezone.now() + timedelta(days=5), title_bg="Скоро")

    content = page(client, "events:event-list")

    assert content.index("Скоро") < content.index(later.title_bg)


def test_event_list_hides_drafts(client):
    EventFactory(title_bg="Чернова на събитие", status=EventStatus.DRAFT)

    assert "Чернова на събитие" not in page(client, "events:event-list")


def test_event_list_filters_by_type_place_organiser_theme_and_year(client):
    theme = ThemeFactory(slug="social-inclusion")
    organiser = OrganisationFactory(slug="nache-academy")
    match = EventFactory(
        title_bg="Съвпада",
        event_type=EventType.WORKSHOP,
        city_bg="Благоевград",
        city_en="Blagoevgrad",
        organiser=organiser,
    )
    match.themes.add(theme)
    EventFactory(title_bg="Онлайн", event_type=EventType.WEBINAR, is_online=True, online_url="https://example.org/m")
    EventFactory(title_bg="Друг тип", event_type=EventType.CONFERENCE, city_bg="Благоевград", organiser=organiser)

    url = reverse("events:event-list")
    by_all = client.get(
        url,
        {
            "type": "workshop",
            "place": "Благоевград",
            "organiser": "nache-academy",
            "theme": "social-inclusion",
            "year": match.start.year,
        },
    )
    online = client.get(url, {"place": "online"})

    assert [event.title_bg for event in by_all.context["events"]] == ["Съвпада"]
    assert [event.title_bg for event in online.context["events"]] == ["Онлайн"]


def test_event_list_bad_filter_values_do_not_fail(client):
    EventFactory(title_bg="Събитие")

    response = client.get(reverse("events:event-list"), {"year": "abc", "organiser": "nobody", "type": "x"})

    assert "Събитие" in response.content.decode()


def test_event_detail_cancelled_shows_banner(client):
    event = EventFactory(status=EventStatus.CANCELLED)

    content = page(client, "events:event-detail", slug=event.slug)

    assert 'class="banner"' in content
    assert "https://schema.org/EventCancelled" in content


def test_event_detail_draft_hidden_from_public_visible_to_its_organiser(client):
    event = EventFactory(status=EventStatus.DRAFT, title_bg="Тайна чернова")
    organiser = roles.assign_role(user=UserFactory(), role=roles.ORGANISER)
    event.organisers.add(organiser)
    other_organiser = roles.assign_role(user=UserFactory(), role=roles.ORGANISER)
    url = reverse("events:event-detail", kwargs={"slug": event.slug})

    anonymous = client.get(url)
    client.force_login(UserFactory())
    other = client.get(url)
    client.force_login(other_organiser)
    foreign = client.get(url)
    client.force_login(organiser)
    own = client.get(url)

    assert anonymous.status_code == 404 and other.status_code == 404 and foreign.status_code == 404
    assert "Тайна чернова" in own.content.decode()


def test_event_detail_has_schema_org_json_ld(client):
    event = EventFactory(title_en="Design seminar", venue_name_en="NaChe Academy", city_en="Blagoevgrad")

    response = client.get(f"/en/events/{event.slug}/")

    block = response.content.decode().split('<script type="application/ld+json">')[1].split("</script>")[0]
    data = json.loads(block)
    assert data["@type"] == "Event"
    assert data["name"] == "Design seminar"
    assert data["location"]["address"]["addressLocality"] == "Blagoevgrad"
    assert data["startDate"] == timezone.localtime(event.start).isoformat()


def test_event_detail_translation_missing_notice(client):
    event = EventFactory(title_en="")

    content = client.get(f"/en/events/{event.slug}/").content.decode()

    assert event.title_bg in content
    assert "notice--translation" in content


def test_event_calendar_month_table_lists_event_on_its_days(client):
    EventFactory(title_bg="Обучение в Перла", start=in_sofia(2018, 9, 1, 9), end=in_sofia(2018, 9, 6, 13))

    response = client.get(reverse("events:event-calendar"), {"month": "2018-09"})

    content = response.content.decode()
    assert '<caption id="month-caption">' in content and "2018" in content
    assert content.count("Обучение в Перла") == 6


def test_event_calendar_bad_month_falls_back_to_this_month(client):
    response = client.get(reverse("events:event-calendar"), {"month": "2018-13"})

    assert response.context["month"] == timezone.localdate().replace(day=1)


@pytest.mark.parametrize("count", [2, 12])
def test_event_list_query_count_flat(client, django_assert_num_queries, count):
    for _ in range(count):
        EventFactory()

    with django_assert_num_queries(7):
        client.get(reverse("events:event-list"))


@pytest.mark.parametrize("partners", [1, 6])
def test_event_detail_query_count_flat(client, django_assert_num_queries, partners):
    event = EventFactory()
    event.partners.add(*[OrganisationFactory() for _ in range(partners)])
    event.themes.add(*[ThemeFactory() for _ in range(partners)])

    # +1: the discussion under the page (forum comments)
    with django_assert_num_queries(7):
        client.get(reverse("events:event-detail", kwargs={"slug": event.slug}))


def test_practice_page_lists_public_events_where_the_practice_was_in_a_session(client):
    from events.queries import events_presenting
    from tests.factories.events import SessionFactory
    from tests.factories.practices import PracticeFactory

    practice = PracticeFactory()
    shown = SessionFactory(day__event__title_bg="Конференция с практиката")
    hidden = SessionFactory(day__event__status=EventStatus.DRAFT)
    shown.practices.add(practice)
    hidden.practices.add(practice)

    with translation.override("bg"):
        rendered = client.get(practice.get_absolute_url()).content.decode()

    assert list(events_presenting(practice)) == [shown.event]
    assert "Представена на събития" in rendered
    assert "Конференция с практиката" in rendered and hidden.event.title_bg not in rendered


def test_search_finds_public_events_only(django_capture_on_commit_callbacks):
    from tests.searching import search

    with django_capture_on_commit_callbacks(execute=True):
        EventFactory(title_bg="Семинар в Благоевград", summary_bg="Център за компетенции")
        EventFactory(title_bg="Чернова за Благоевград", status=EventStatus.DRAFT)

    results = search("Благоевград", language="bg")

    assert [result.title for result in results] == ["Семинар в Благоевград"]


def test_organisation_linked_sections_list_organised_and_partner_events():
    from core.linked import linked_sections

    organisation = OrganisationFactory()
    organised = EventFactory(organiser=organisation)
    partnered = EventFactory()
    partnered.partners.add(organisation)
    EventFactory(organiser=organisation, status=EventStatus.DRAFT)

    sections = [
        s for s in linked_sections(organisation, kind="organisation") if s["template_name"].startswith("events/")
    ]

    assert len(sections) == 1
    assert set(sections[0]["items"]) == {organised, partnered}
