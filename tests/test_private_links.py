"""Private links (unsubscribe, personal calendar feed): a purpose each, an expiry where it makes sense, and a reset
on the profile page that retires every old link."""

import time

import pytest
from django.test import Client
from django.urls import reverse

from core import roles
from core.follows import is_following
from directory.tokens import make_token
from events.views.detail import starred_feed_url
from forum.enums import DigestFrequency
from forum.models import NotificationPreference
from forum.services import subscribe
from forum.tokens import UNSUBSCRIBE_MAX_AGE, make_unsubscribe_token
from tests.factories.forum import PostFactory
from tests.factories.portal import VerifiedUserFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("role_groups")]


@pytest.fixture
def follower():
    return roles.assign_role(user=VerifiedUserFactory(), role=roles.PARTICIPANT)


@pytest.fixture
def thread(follower):
    thread = PostFactory(discussion__post_count=1).discussion
    subscribe(user=follower, discussion=thread)
    return thread


def unsubscribe_url(token):
    return reverse("forum:unsubscribe", kwargs={"token": token})


def test_get_shows_a_confirmation_and_changes_nothing(thread, follower):
    response = Client().get(unsubscribe_url(make_unsubscribe_token(user=follower, target=thread)))

    assert response.status_code == 200
    assert '<form method="post">' in response.content.decode()
    assert is_following(follower, thread.followed)


def test_one_click_post_unsubscribes(thread, follower):
    Client(enforce_csrf_checks=True).post(unsubscribe_url(make_unsubscribe_token(user=follower, target=thread)))

    assert not is_following(follower, thread.followed)


def test_unsubscribe_link_expires(monkeypatch, thread, follower):
    token = make_unsubscribe_token(user=follower, target=thread)
    later = time.time() + UNSUBSCRIBE_MAX_AGE.total_seconds() + 60
    monkeypatch.setattr("django.core.signing.time.time", lambda: later)

    response = Client().post(unsubscribe_url(token))

    assert response.status_code == 400
    assert is_following(follower, thread.followed)


def test_a_token_made_for_another_purpose_is_refused(thread, follower):
    calendar_token = make_token(user=follower, purpose="events-starred-feed")

    response = Client().post(unsubscribe_url(calendar_token))

    assert response.status_code == 400
    assert is_following(follower, thread.followed)


def test_resetting_private_links_retires_old_unsubscribe_and_calendar_links(client, thread, follower):
    old_unsubscribe = make_unsubscribe_token(user=follower)
    old_feed = starred_feed_url(follower)
    client.force_login(follower)
    assert client.get(old_feed).status_code == 200

    client.post(reverse("directory:private-links-reset"))

    new_feed = starred_feed_url(follower)
    anonymous = Client()
    assert anonymous.post(unsubscribe_url(old_unsubscribe)).status_code == 400
    assert not NotificationPreference.objects.filter(user=follower, frequency=DigestFrequency.NONE).exists()
    assert anonymous.get(old_feed).status_code == 404
    assert new_feed != old_feed
    assert anonymous.get(new_feed).status_code == 200
    assert anonymous.post(unsubscribe_url(make_unsubscribe_token(user=follower))).status_code == 200


def test_calendar_feed_of_another_user_refused(follower):
    other = VerifiedUserFactory()
    feed = starred_feed_url(follower).replace(f"/{follower.pk}/", f"/{other.pk}/")

    assert Client().get(feed).status_code == 404


def test_profile_page_offers_the_reset(client, follower):
    client.force_login(follower)

    body = client.get(reverse("directory:profile-edit")).content.decode()

    assert reverse("directory:private-links-reset") in body
