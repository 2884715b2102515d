"""The personal part of a signed-in page (header, footer, role checks) costs no query once it is known: the session,
the user with their profile, the notification count, permissions, verified e-mail and site settings come from the
cache (cached_db sessions, core.personal, SiteSettings.load) and change on the next request after the write that
changes them."""

from datetime import timedelta

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone

from core import roles
from core.follows import follow, is_following
from events.models import StarredSession
from events.starred import starred_sessions
from forum.models import Post
from forum.own_posts import own_posts
from forum.unread import unread_notifications
from portal.models import SiteSettings
from tests.factories.events import SessionFactory
from tests.factories.forum import PostFactory, reply_notification
from tests.factories.portal import ProfileFactory, VerifiedUserFactory
from tests.factories.practices import PracticeFactory

pytestmark = pytest.mark.django_db

# The about page's view reads only the site settings (cached): what remains is the personal part of the page.
ABOUT = {"bg": "/bg/about/", "en": "/en/about/"}


def notify(user):
    return reply_notification(user, PostFactory())


@pytest.mark.parametrize("language", ["bg", "en"])
def test_signed_in_page_costs_no_query(client, participant, django_assert_num_queries, language):
    ProfileFactory(user=participant, display_name="Ралица")
    notify(participant)
    client.force_login(participant)
    client.get(ABOUT[language])  # the cache learns the user, the count and the settings

    with django_assert_num_queries(0):
        html = client.get(ABOUT[language]).content.decode()

    assert "Ралица" in html
    assert reverse("forum:notification-list") in html


class CountingCache:
    """The cache, counting the reads of remembered personal answers."""

    def __init__(self, real):
        self.real = real
        self.reads = 0

    def get_many(self, keys):
        self.reads += any(key.startswith("personal:") for key in keys)
        return self.real.get_many(keys)

    def __getattr__(self, name):
        return getattr(self.real, name)


@pytest.mark.parametrize("language", ["bg", "en"])
def test_what_is_remembered_about_the_reader_is_read_in_one_round_trip(client, participant, monkeypatch, language):
    # A practice page asks five questions: unread count, permissions, verified address, follows, where one wrote.
    url = f"/{language}{PracticeFactory().get_absolute_url()[3:]}"
    notify(participant)
    client.force_login(participant)
    client.get(url)  # the cache learns the answers
    counting = CountingCache(cache)
    monkeypatch.setattr("core.personal.cache", counting)
    monkeypatch.setattr("core.skeletons.cache", counting)  # a page with a skeleton reads the user with it

    html = client.get(url).content.decode()

    assert counting.reads == 1
    assert {"bg": "(1 непрочетено)", "en": "(1 unread)"}[language] in html


def test_a_reader_the_cache_forgot_is_answered_in_one_query(moderator, django_assert_num_queries):
    """Every question about the reader that the cache no longer remembers is answered by one query, and each answer
    is the reader's own: another user's rows never count."""
    practice, session, someone = PracticeFactory(), SessionFactory(), VerifiedUserFactory()
    written = PostFactory(author=moderator)
    long_ago = PostFactory(author=moderator)  # past its edit window, shown as anyone's: nothing of the reader's
    Post.objects.filter(pk=long_ago.pk).update(created_at=timezone.now() - timedelta(days=2))
    PostFactory(author=someone)
    about = [PostFactory(), PostFactory()]
    replies = [*about, PostFactory(discussion=about[1].discussion)]
    for user in (moderator, someone):
        for post in replies:
            reply_notification(user, post)
        follow(user=user, target=practice)
    StarredSession.objects.create(user=moderator, session=session)
    StarredSession.objects.create(user=someone, session=SessionFactory())
    cache.clear()
    reader = get_user_model().objects.get(pk=moderator.pk)

    with django_assert_num_queries(1):
        answers = {
            "unread": unread_notifications(reader),
            "moderates": roles.is_moderator(reader),
            "may post": roles.user_can_post(reader),
            "follows": is_following(reader, practice),
            "starred": starred_sessions(reader),
            "own posts": [post.pk for posts in own_posts(reader).values() for post in posts],
        }

    assert answers == {
        "unread": {about[0].discussion_id: 1, about[1].discussion_id: 2},
        "moderates": True,
        "may post": True,
        "follows": True,
        "starred": frozenset({session.pk}),
        "own posts": [written.pk],
    }
    assert written.discussion_id not in answers["unread"]
    someone = get_user_model().objects.get(pk=someone.pk)
    assert (roles.is_moderator(someone), starred_sessions(someone) == answers["starred"]) == (False, False)


def test_overhead_stays_flat_with_many_notifications(client, participant, django_assert_num_queries):
    for _ in range(12):
        notify(participant)
    client.force_login(participant)
    client.get(ABOUT["bg"])

    with django_assert_num_queries(0):
        html = client.get(ABOUT["bg"]).content.decode()

    assert "(12 непрочетени)" in html


def test_a_new_notification_shows_on_the_next_page(client, participant):
    notify(participant)
    client.force_login(participant)
    assert "(1 непрочетено)" in client.get(ABOUT["bg"]).content.decode()

    notify(participant)

    assert "(2 непрочетени)" in client.get(ABOUT["bg"]).content.decode()


def test_reading_all_notifications_clears_the_count(client, participant):
    notify(participant)
    client.force_login(participant)
    assert "(1 unread)" in client.get(ABOUT["en"]).content.decode()

    response = client.post(reverse("forum:notifications-mark-read"))

    assert response.status_code in {200, 302}
    assert "unread)" not in client.get(ABOUT["en"]).content.decode()


@pytest.mark.parametrize("language", ["bg", "en"])
def test_a_session_the_cache_lost_is_read_from_the_database(client, participant, django_assert_num_queries, language):
    ProfileFactory(user=participant, display_name="Ралица")
    client.force_login(participant)
    cache.clear()  # evicted, or a Redis restart

    html = client.get(ABOUT[language]).content.decode()

    assert "Ралица" in html
    assert reverse("account_logout") in html
    with django_assert_num_queries(0):  # the session and the user are in the cache again
        client.get(ABOUT[language])


@pytest.mark.parametrize(("language", "name"), [("bg", "Ралица Нова"), ("en", "Ralitsa New")])
def test_a_new_display_name_shows_on_the_next_page(client, participant, language, name):
    profile = ProfileFactory(user=participant, display_name="Ралица")
    client.force_login(participant)
    assert "Ралица" in client.get(ABOUT[language]).content.decode()

    profile.display_name = name
    profile.save()

    assert name in client.get(ABOUT[language]).content.decode()


@pytest.mark.parametrize(
    "change",
    ["deactivated", "new password", "deleted"],
)
def test_a_user_whose_account_changes_is_signed_out_on_the_next_request(client, participant, change):
    client.force_login(participant)
    assert reverse("account_logout") in client.get(ABOUT["bg"]).content.decode()

    if change == "deactivated":
        participant.is_active = False
        participant.save()
    elif change == "new password":
        participant.set_password("a-new-long-passphrase-2026")
        participant.save()
    else:
        participant.delete()

    html = client.get(ABOUT["bg"]).content.decode()
    assert reverse("account_logout") not in html and reverse("account_login") in html


def test_each_user_sees_their_own_count(client, participant, organiser):
    notify(participant)
    notify(organiser)
    notify(organiser)
    client.force_login(participant)
    assert "(1 непрочетено)" in client.get(ABOUT["bg"]).content.decode()

    client.force_login(organiser)

    assert "(2 непрочетени)" in client.get(ABOUT["bg"]).content.decode()


def test_a_new_role_counts_on_the_next_request(participant):
    assert not roles.is_moderator(participant)

    roles.assign_role(user=participant, role=roles.MODERATOR)

    assert roles.is_moderator(type(participant).objects.get(pk=participant.pk))


def test_a_group_losing_a_permission_counts_for_its_members(moderator):
    assert roles.is_moderator(moderator)
    group = moderator.groups.get(name=roles.MODERATOR)

    group.permissions.remove(*group.permissions.filter(codename="moderate"))

    assert not roles.is_moderator(type(moderator).objects.get(pk=moderator.pk))


def test_a_verified_address_counts_on_the_next_request(participant):
    assert roles.user_can_post(participant)

    EmailAddress.objects.filter(user=participant).update(verified=False)
    unverified = EmailAddress.objects.get(user=participant)
    unverified.save()  # an address saved by allauth (or the admin) forgets the answer

    assert not roles.user_can_post(type(participant).objects.get(pk=participant.pk))


@pytest.mark.parametrize("language", ["bg", "en"])
def test_edited_site_settings_show_on_the_next_page(client, language):
    client.get(ABOUT[language])
    settings = SiteSettings.load()
    settings.funding_acknowledgement_bg = "Финансирано от програмата"
    settings.funding_acknowledgement_en = "Funded by the programme"

    settings.save()

    html = client.get(f"/{language}/contact/").content.decode()
    assert ("Финансирано от програмата" if language == "bg" else "Funded by the programme") in html
