"""The exchange's matching rules, notifications, taking a match up and who may change a listing."""

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied

from directory.models import Profile
from exchange import services
from exchange.enums import Category, ListingKind
from exchange.models import Match
from exchange.permissions import can_edit_listing
from forum.models import Notification
from tests.factories.exchange import make_member
from tests.factories.portal import OrganisationFactory, VerifiedUserFactory

pytestmark = pytest.mark.django_db

BLAGOEVGRAD, KYUSTENDIL, VARNA, BURGAS, VIDIN = "BG-01", "BG-10", "BG-03", "BG-02", "BG-05"


def post(kind, *, oblast=BLAGOEVGRAD, category=Category.TRANSPORT, author=None, organisation=None, title="Ван"):
    author = author or VerifiedUserFactory()
    return services.post_listing(
        author=author,
        organisation=organisation,
        kind=kind,
        category=category,
        title_bg=title,
        title_en="",
        oblast=oblast,
    )


def pairs():
    return set(Match.objects.values_list("offer__oblast", "need__oblast"))


def test_need_is_matched_by_an_offer_in_the_same_oblast(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        offer = post(ListingKind.OFFER)
        need = post(ListingKind.NEED)

    assert list(Match.objects.values_list("offer", "need")) == [(offer.pk, need.pk)]


def test_offer_in_a_neighbouring_oblast_answers_a_need():
    post(ListingKind.NEED, oblast=BLAGOEVGRAD)
    post(ListingKind.OFFER, oblast=KYUSTENDIL)

    assert pairs() == {(KYUSTENDIL, BLAGOEVGRAD)}


def test_far_oblast_and_other_category_are_not_matched():
    post(ListingKind.NEED, oblast=BLAGOEVGRAD)
    post(ListingKind.OFFER, oblast=VARNA)
    post(ListingKind.OFFER, oblast=BLAGOEVGRAD, category=Category.PREMISES)
    post(ListingKind.NEED, oblast=VIDIN)

    assert Match.objects.count() == 0


def test_two_needs_or_two_offers_are_not_matched():
    post(ListingKind.NEED)
    post(ListingKind.NEED)
    post(ListingKind.OFFER, oblast=VARNA)
    post(ListingKind.OFFER, oblast=BURGAS)

    assert Match.objects.count() == 0


def test_no_match_with_oneself_or_one_own_organisation():
    person = VerifiedUserFactory()
    organisation = OrganisationFactory()
    colleague = make_member(VerifiedUserFactory(), organisation)
    make_member(person, organisation)

    post(ListingKind.OFFER, author=person)
    post(ListingKind.NEED, author=person)
    post(ListingKind.OFFER, author=colleague, organisation=organisation, category=Category.EQUIPMENT)
    post(ListingKind.NEED, author=person, organisation=organisation, category=Category.EQUIPMENT)

    assert Match.objects.count() == 0


def test_both_sides_are_notified_once_in_their_language(django_capture_on_commit_callbacks):
    offerer, seeker = VerifiedUserFactory(), VerifiedUserFactory()
    Profile.objects.create(user=offerer, language="en")
    Profile.objects.create(user=seeker, language="bg")
    with django_capture_on_commit_callbacks(execute=True):
        offer = post(ListingKind.OFFER, author=offerer, title="Микробус")
        need = post(ListingKind.NEED, author=seeker, title="Превоз до Банско")
    with django_capture_on_commit_callbacks(execute=True):
        assert services.match_listing(need) == []
        assert services.match_listing(offer) == []

    match = Match.objects.get()
    notified = Notification.objects.filter(subject_id=match.pk).values_list("recipient", "kind", "target_id")
    assert sorted(notified) == sorted(
        [(offerer.pk, services.OFFER_MATCHED, offer.pk), (seeker.pk, services.NEED_MATCHED, need.pk)]
    )
    by_reader = {message.to[0]: message for message in mail.outbox}
    assert len(mail.outbox) == 2
    assert "A need matches your offer" in by_reader[offerer.email].body
    assert "Превоз до Банско" in by_reader[offerer.email].body
    assert "Предложение отговаря на вашата нужда" in by_reader[seeker.email].body


def test_hidden_listing_is_not_matched_and_shown_again_is():
    moderator = VerifiedUserFactory()
    need = post(ListingKind.NEED)
    services.hide_listing(listing=need, moderator=moderator, reason="spam")
    post(ListingKind.OFFER)
    assert Match.objects.count() == 0

    services.restore_listing(listing=need, moderator=moderator)

    assert Match.objects.count() == 1


def test_either_side_marks_a_match_taken_up_once():
    offer, need = post(ListingKind.OFFER), post(ListingKind.NEED)
    match = Match.objects.get()

    services.take_up_match(match=match, user=need.author)
    first = Match.objects.get().taken_up_at
    services.take_up_match(match=match, user=offer.author)

    match.refresh_from_db()
    assert match.taken_up_at == first
    assert match.taken_up_by == need.author
    assert Match.objects.taken_up().count() == 1


def test_stranger_cannot_mark_a_match_taken_up():
    post(ListingKind.OFFER), post(ListingKind.NEED)

    with pytest.raises(PermissionDenied):
        services.take_up_match(match=Match.objects.get(), user=VerifiedUserFactory())
    assert Match.objects.taken_up().count() == 0


def test_poster_and_their_organisations_members_edit_others_do_not():
    organisation = OrganisationFactory()
    poster = make_member(VerifiedUserFactory(), organisation)
    colleague = make_member(VerifiedUserFactory(), organisation)
    stranger = VerifiedUserFactory()
    listing = post(ListingKind.OFFER, author=poster, organisation=organisation)

    assert [can_edit_listing(user, listing) for user in (poster, colleague, stranger)] == [True, True, False]
    with pytest.raises(PermissionDenied):
        services.edit_listing(listing=listing, editor=stranger, organisation=organisation, title_bg="Чуждо")


def test_only_members_post_in_an_organisations_name():
    with pytest.raises(PermissionDenied):
        post(ListingKind.OFFER, organisation=OrganisationFactory())


def test_edited_into_a_neighbouring_oblast_finds_new_matches():
    post(ListingKind.NEED, oblast=VARNA)
    offer = post(ListingKind.OFFER, oblast=VIDIN)
    assert Match.objects.count() == 0

    services.edit_listing(listing=offer, editor=offer.author, oblast=BURGAS)

    assert pairs() == {(BURGAS, VARNA)}
