"""The exchange's pages in both languages: the list with its filters and counts, a listing with its matches,
posting and editing (who may), taking a match up, the poster's account, the demo and the query counts."""

import io
import re

import pytest
from django.urls import reverse

from demo import directory as directory_demo
from demo import exchange as exchange_demo
from exchange import services
from exchange.enums import Category, ListingKind
from exchange.models import Listing, Match
from tests.factories.exchange import ListingFactory, make_member
from tests.factories.portal import OrganisationFactory, UserFactory, VerifiedUserFactory

pytestmark = pytest.mark.django_db

LIST = reverse("exchange:listing-list")


def page(client, path, language="en"):
    return client.get(f"/{language}{path.removeprefix('/bg').removeprefix('/en')}").content.decode()


def option(html, name, value):
    """The text of one filter option ("Transport (2)")."""
    select = re.search(rf'<select id="filter-{name}" name="{name}">(.*?)</select>', html, re.S).group(1)
    found = re.search(rf'<option value="{re.escape(value)}"[^>]*>([^<]*)</option>', select)
    return found.group(1) if found else None


def test_list_filters_by_category_oblast_and_remote_with_counts(client):
    ListingFactory(category=Category.TRANSPORT, oblast="BG-01", is_remote=True, title_en="Minibus")
    ListingFactory(category=Category.TRANSPORT, oblast="BG-03", title_en="Van in Varna")
    ListingFactory(category=Category.PREMISES, oblast="BG-01", is_remote=True, title_en="Village hall")
    ListingFactory(category=Category.PREMISES, oblast="BG-01", title_en="Hidden hall", hidden_at="2026-01-01T10:00Z")

    html = page(client, f"{LIST}?category=transport&remote=1")

    assert "Minibus" in html
    assert "Van in Varna" not in html and "Village hall" not in html and "Hidden hall" not in html
    assert option(html, "category", "transport") == "Transport (1)"
    assert option(html, "category", "premises") == "Premises (1)"
    assert option(html, "oblast", "BG-01") == "Blagoevgrad (1)"
    assert option(html, "oblast", "BG-03") is None
    assert "Remote or small settlement (1)" in html


def test_list_in_bulgarian_names_oblasts_and_categories_in_bulgarian(client):
    ListingFactory(category=Category.TRAINING, oblast="BG-01", title_bg="Обучение на обучители", title_en="")

    html = page(client, LIST, "bg")

    assert "Обучение на обучители" in html
    assert option(html, "oblast", "BG-01") == "Благоевград (1)"
    assert option(html, "category", "training") == "Обучение (1)"


def test_list_says_how_many_matches_were_taken_up(client):
    need = ListingFactory(kind=ListingKind.NEED)
    first, second = ListingFactory(), ListingFactory()
    Match.objects.create(offer=first, need=need)
    services.take_up_match(match=Match.objects.create(offer=second, need=need), user=need.author)

    assert "2 matches found so far, 1 of them taken up." in page(client, LIST)
    assert "2 съвпадения досега, 1 от тях осъществени." in page(client, LIST, "bg")


@pytest.mark.parametrize("size", [2, 12])
def test_list_query_count_does_not_grow(client, django_assert_num_queries, size):
    organisation = OrganisationFactory()
    ListingFactory.create_batch(size, organisation=organisation)

    # site settings, the count, the page with organisations, three facets and the remote flag, the match numbers
    with django_assert_num_queries(8):
        client.get(f"/en{LIST.removeprefix('/bg')}")


def test_listing_page_shows_its_matches_in_both_languages(client):
    need = services.post_listing(
        author=VerifiedUserFactory(),
        kind=ListingKind.NEED,
        category=Category.TRANSPORT,
        oblast="BG-01",
        title_bg="Превоз до дневен център",
        title_en="",
        municipality="Трекляно",
        is_remote=True,
    )
    services.post_listing(
        author=VerifiedUserFactory(),
        kind=ListingKind.OFFER,
        category=Category.TRANSPORT,
        oblast="BG-10",
        title_bg="Микробус",
        title_en="A minibus",
    )

    english, bulgarian = page(client, need.get_absolute_url()), page(client, need.get_absolute_url(), "bg")

    assert "Offers that answer this need" in english and "A minibus" in english
    assert '<span lang="bg">Превоз до дневен център</span>' in english
    assert "Предложения, които отговарят на тази нужда" in bulgarian and "Микробус" in bulgarian
    assert "отдалечено или малко населено място" in bulgarian


@pytest.mark.parametrize("size", [1, 8])
def test_listing_page_query_count_does_not_grow_with_matches(client, django_assert_num_queries, size):
    need = ListingFactory(kind=ListingKind.NEED)
    for offer in ListingFactory.create_batch(size, organisation=OrganisationFactory()):
        Match.objects.create(offer=offer, need=need)

    # site settings, the listing with its organisation, the matches with the other sides and their organisations
    with django_assert_num_queries(3):
        client.get(f"/en/exchange/{need.slug}/")


def test_hidden_listing_is_gone_for_visitors_and_kept_for_its_poster(client):
    listing = ListingFactory(hidden_at="2026-01-01T10:00Z", hidden_reason="Duplicate")

    assert client.get(f"/en/exchange/{listing.slug}/").status_code == 404
    client.force_login(listing.author)
    assert "Moderators have hidden this listing" in page(client, listing.get_absolute_url())


def test_participant_posts_an_offer_in_english_only(client, participant):
    client.force_login(participant)

    response = client.post(
        "/en/exchange/new/",
        {
            "kind": "offer",
            "category": "equipment",
            "title_en": "Ten laptops",
            "oblast": "BG-02",
            "municipality": "Бургас",
        },
    )

    listing = Listing.objects.get()
    assert response["Location"] == listing.get_absolute_url()
    assert (listing.title_en, listing.title_bg, listing.author) == ("Ten laptops", "", participant)
    assert '<span lang="en">Ten laptops</span>' in page(client, listing.get_absolute_url(), "bg")


def test_posting_without_a_title_keeps_what_was_typed(client, participant):
    client.force_login(participant)

    html = client.post(
        "/bg/exchange/new/", {"kind": "need", "category": "premises", "oblast": "BG-99", "municipality": "Балчик"}
    ).content.decode()

    assert Listing.objects.count() == 0
    assert "Напишете заглавието на български, на английски или на двата езика." in html
    assert 'value="Балчик"' in html


def test_unverified_user_is_asked_to_verify_before_posting(client):
    client.force_login(UserFactory())

    response = client.get("/en/exchange/new/")

    assert response["Location"] == "/en/exchange/"


def test_only_the_poster_and_their_organisations_members_edit(client):
    organisation = OrganisationFactory()
    listing = ListingFactory(organisation=organisation, author=make_member(VerifiedUserFactory(), organisation))
    colleague = make_member(VerifiedUserFactory(), organisation)
    edit = f"/en/exchange/{listing.slug}/edit/"

    client.force_login(VerifiedUserFactory())
    assert client.get(edit).status_code == 403
    client.force_login(colleague)
    response = client.post(
        edit,
        {
            "kind": "offer",
            "category": "skills",
            "title_bg": "Поправено",
            "oblast": "BG-01",
            "organisation": organisation.pk,
        },
    )

    listing.refresh_from_db()
    assert response["Location"] == listing.get_absolute_url()
    assert listing.title_bg == "Поправено"


def test_either_side_marks_a_match_taken_up_from_the_page(client):
    need = ListingFactory(kind=ListingKind.NEED)
    match = Match.objects.create(offer=ListingFactory(), need=need)
    client.force_login(need.author)

    assert "Mark as taken up" in page(client, need.get_absolute_url())
    client.post(f"/en/exchange/matches/{match.pk}/taken-up/", {"from": "need"})

    assert Match.objects.taken_up().count() == 1
    assert "Taken up" in page(client, need.get_absolute_url())


def test_stranger_cannot_mark_a_match_taken_up(client):
    match = Match.objects.create(offer=ListingFactory(), need=ListingFactory(kind=ListingKind.NEED))
    client.force_login(VerifiedUserFactory())

    assert client.post(f"/en/exchange/matches/{match.pk}/taken-up/").status_code == 403
    assert Match.objects.taken_up().count() == 0


def test_account_lists_the_posters_listings_with_their_matches(client, participant):
    need = ListingFactory(kind=ListingKind.NEED, author=participant, title_en="Room for a youth club")
    Match.objects.create(offer=ListingFactory(), need=need)
    ListingFactory(title_en="Someone else's offer")
    client.force_login(participant)

    html = page(client, reverse("directory:profile-edit"))

    assert "Room for a youth club" in html and "1 match" in html
    assert "Someone else&#x27;s offer" not in html and "Someone else's offer" not in html


def test_demo_posts_offers_and_needs_that_match_across_neighbouring_oblasts():
    directory_demo.load(stdout=io.StringIO())
    exchange_demo.load(stdout=io.StringIO())
    exchange_demo.load(stdout=io.StringIO())

    pairs = set(Match.objects.values_list("offer__oblast", "need__oblast"))
    assert Listing.objects.count() == len(exchange_demo.LISTINGS)
    assert pairs == {("BG-01", "BG-10"), ("BG-01", "BG-01"), ("BG-03", "BG-08"), ("BG-02", "BG-28"), ("BG-03", "BG-02")}
    assert Match.objects.taken_up().count() == 1
    assert not Match.objects.filter(need__oblast="BG-21").exists()
