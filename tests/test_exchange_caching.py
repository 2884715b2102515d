"""The exchange's cached anonymous pages change when a listing or a match does, through the ORM, the site's services
and the admin (see tests/test_page_cache.py, which lists every declaration)."""

import pytest

from exchange import services
from exchange.enums import ListingKind
from exchange.models import Listing, Match
from tests.factories.exchange import ListingFactory
from tests.factories.portal import VerifiedUserFactory
from tests.test_page_cache import admin_as, admin_save, anonymous, change_url, committed, run_action  # noqa: F401

pytestmark = pytest.mark.django_db

LIST = "/bg/exchange/"


def test_listing_posted_edited_deleted(anonymous, committed):  # noqa: F811
    assert "Нов микробус" not in anonymous.cached(LIST)
    with committed():
        listing = ListingFactory(title_bg="Нов микробус")
    assert "Нов микробус" in anonymous.cached(LIST)

    with committed():
        services.edit_listing(listing=listing, editor=listing.author, title_bg="Микробус с рампа")
    assert "Микробус с рампа" in anonymous.cached(LIST)

    with committed():
        listing.delete()
    assert "Микробус с рампа" not in anonymous.read(LIST)


def test_match_found_and_taken_up(anonymous, committed):  # noqa: F811
    need = ListingFactory(kind=ListingKind.NEED, title_bg="Превоз")
    url = need.get_absolute_url()
    assert "Микробус" not in anonymous.cached(url)

    with committed():
        services.post_listing(
            author=VerifiedUserFactory(), kind="offer", category=need.category, oblast=need.oblast, title_bg="Микробус"
        )
    assert "Микробус" in anonymous.cached(url)

    with committed():
        services.take_up_match(match=Match.objects.get(), user=need.author)
    assert "Осъществено" in anonymous.cached(url)


def test_admin_corrects_and_hides_a_listing(anonymous, committed, admin_as):  # noqa: F811
    client = admin_as()
    listing = ListingFactory(title_bg="Обява в админа")
    assert "Обява в админа" in anonymous.cached(LIST)

    with committed():
        admin_save(client, change_url(listing), title_bg="Обява от модератора")
    assert "Обява от модератора" in anonymous.cached(LIST)

    with committed():
        run_action(client, Listing, "hide_listings", [listing])
    assert "Обява от модератора" not in anonymous.read(LIST)
    assert Listing.objects.get().hidden_at is not None
