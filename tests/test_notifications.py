"""Notifications: in the site, batched e-mail (one per thread per hour), digests, one-click unsubscribe."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone

from core.follows import is_following
from forum import services
from forum.emails import send_digest, send_due_emails
from forum.enums import DigestFrequency, NotificationKind
from forum.models import Notification, NotificationPreference
from forum.services import subscribe
from forum.tokens import make_unsubscribe_token
from tests.factories.forum import PostFactory, ThreadFactory, reply_notification
from tests.factories.portal import ProfileFactory, UserFactory, VerifiedUserFactory
from tests.follows import follow_url

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def followed_thread():
    """A thread with one subscriber who is not the one writing the replies."""
    thread = ThreadFactory(title="Социален кооператив")
    follower = VerifiedUserFactory()
    subscribe(user=follower, discussion=thread)
    return thread, follower


def as_next_request(user):
    """`user` as a later request reads them: what one request asked is remembered on its user object."""
    return type(user).objects.get(pk=user.pk)


def test_create_post_notifies_subscribers_not_author(django_capture_on_commit_callbacks, followed_thread):
    thread, follower = followed_thread
    author = VerifiedUserFactory()

    with django_capture_on_commit_callbacks(execute=True):
        post = services.create_post(discussion=thread, author=author, body="Нов отговор")

    assert list(Notification.objects.values_list("recipient", "kind", "post")) == [
        (follower.pk, NotificationKind.REPLY, post.pk)
    ]
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [follower.email]
    assert "Нов отговор" in mail.outbox[0].body


def test_create_post_mention_notifies_mentioned_user(django_capture_on_commit_callbacks):
    mentioned = VerifiedUserFactory(username="maria")

    with django_capture_on_commit_callbacks(execute=True):
        services.create_post(discussion=ThreadFactory(), author=VerifiedUserFactory(), body="Какво мислиш, @maria?")

    notification = Notification.objects.get()
    assert (notification.recipient, notification.kind) == (mentioned, NotificationKind.MENTION)


def test_create_post_email_batched_one_per_thread_per_hour(django_capture_on_commit_callbacks, followed_thread):
    thread, follower = followed_thread
    author = VerifiedUserFactory()

    for body in ["първи", "втори", "трети"]:
        with django_capture_on_commit_callbacks(execute=True):
            services.create_post(discussion=thread, author=author, body=body)

    assert len(mail.outbox) == 1
    assert Notification.objects.filter(recipient=follower, emailed_at__isnull=True).count() == 2


def test_send_due_emails_after_an_hour_sends_held_back_posts_together(
    django_capture_on_commit_callbacks, followed_thread
):
    thread, follower = followed_thread
    author = VerifiedUserFactory()
    for body in ["първи", "втори", "трети"]:
        with django_capture_on_commit_callbacks(execute=True):
            services.create_post(discussion=thread, author=author, body=body)

    too_early = send_due_emails(now=timezone.now() + timedelta(minutes=30))
    sent = send_due_emails(now=timezone.now() + timedelta(minutes=61))

    assert (too_early, sent) == (0, 1)
    assert len(mail.outbox) == 2
    assert "втори" in mail.outbox[1].body and "трети" in mail.outbox[1].body
    assert "първи" not in mail.outbox[1].body


def test_email_has_working_one_click_unsubscribe(client, django_capture_on_commit_callbacks, followed_thread):
    thread, follower = followed_thread
    with django_capture_on_commit_callbacks(execute=True):
        services.create_post(discussion=thread, author=VerifiedUserFactory(), body="отговор")
    message = mail.outbox[0]
    url = message.extra_headers["List-Unsubscribe"].strip("<>")

    path = url.removeprefix("http://127.0.0.1:8000")
    confirmation = client.get(path)
    still_following = is_following(follower, thread.followed)
    response = client.post(path)

    assert url in message.body
    assert confirmation.status_code == 200
    assert still_following  # a GET (a mail scanner following the link) changes nothing
    assert response.status_code == 200
    assert not is_following(as_next_request(follower), thread.followed)


def test_unsubscribe_one_click_post_without_csrf_or_sign_in(followed_thread):
    from django.test import Client

    thread, follower = followed_thread
    token = make_unsubscribe_token(user=follower, target=thread)

    Client(enforce_csrf_checks=True).post(reverse("forum:unsubscribe", kwargs={"token": token}))

    assert not is_following(follower, thread.followed)


def test_unsubscribe_all_turns_email_off(client):
    user = VerifiedUserFactory()

    client.post(reverse("forum:unsubscribe", kwargs={"token": make_unsubscribe_token(user=user)}))

    assert NotificationPreference.objects.get(user=user).frequency == DigestFrequency.NONE


def test_unsubscribe_forged_token_refused_and_nothing_changes(client, followed_thread):
    thread, follower = followed_thread
    token = make_unsubscribe_token(user=follower, target=thread)

    response = client.post(reverse("forum:unsubscribe", kwargs={"token": token[:-2] + "xx"}))

    assert response.status_code == 400
    assert "Тази връзка вече не работи" in response.content.decode()
    assert is_following(follower, thread.followed)


def test_digest_groups_by_thread_newest_first():
    reader = VerifiedUserFactory()
    NotificationPreference.objects.create(user=reader, frequency=DigestFrequency.DAILY)
    older, newer = ThreadFactory(title="По-стара тема"), ThreadFactory(title="По-нова тема")
    now = timezone.now()
    for thread, minutes, body in [
        (older, 50, "стар-1"),
        (newer, 40, "нов-1"),
        (older, 30, "стар-2"),
        (newer, 5, "нов-2"),
    ]:
        post = PostFactory(discussion=thread, body=body, created_at=now - timedelta(minutes=minutes))
        Notification.objects.create(
            recipient=reader,
            post=post,
            discussion=thread,
            kind=NotificationKind.REPLY,
            created_at=post.created_at,
            target=thread.followed,
        )

    assert send_digest(user=reader, now=now) is True

    body = mail.outbox[0].body
    assert body.index("По-нова тема") < body.index("нов-2") < body.index("нов-1") < body.index("По-стара тема")
    assert body.index("По-стара тема") < body.index("стар-2") < body.index("стар-1")
    assert mail.outbox[0].extra_headers["List-Unsubscribe"].startswith("<http")
    assert Notification.objects.filter(emailed_at__isnull=True).count() == 0


def test_digest_not_sent_twice_within_period():
    reader = VerifiedUserFactory()
    NotificationPreference.objects.create(
        user=reader, frequency=DigestFrequency.WEEKLY, last_digest_at=timezone.now() - timedelta(days=2)
    )
    post = PostFactory()
    reply_notification(reader, post)

    assert send_digest(user=reader) is False
    assert mail.outbox == []


def test_digest_user_gets_no_immediate_email(django_capture_on_commit_callbacks, followed_thread):
    thread, follower = followed_thread
    NotificationPreference.objects.create(user=follower, frequency=DigestFrequency.DAILY)

    with django_capture_on_commit_callbacks(execute=True):
        services.create_post(discussion=thread, author=VerifiedUserFactory(), body="отговор")

    assert Notification.objects.filter(recipient=follower).count() == 1
    assert mail.outbox == []


def test_no_email_preference_keeps_in_site_notifications(django_capture_on_commit_callbacks, followed_thread):
    thread, follower = followed_thread
    NotificationPreference.objects.create(user=follower, frequency=DigestFrequency.NONE)

    with django_capture_on_commit_callbacks(execute=True):
        services.create_post(discussion=thread, author=VerifiedUserFactory(), body="отговор")
    send_due_emails(now=timezone.now() + timedelta(days=8))

    assert Notification.objects.filter(recipient=follower).count() == 1
    assert mail.outbox == []


def test_header_shows_unread_count(client):
    reader = VerifiedUserFactory()
    post = PostFactory()
    reply_notification(reader, post)
    client.force_login(reader)

    body = client.get(reverse("forum:index")).content.decode()

    assert reverse("forum:notification-list") in body
    assert "(1 непрочетено)" in body


def test_notification_list_shows_own_notifications_only(client):
    reader, other = VerifiedUserFactory(), VerifiedUserFactory()
    writer = ProfileFactory(user=VerifiedUserFactory(), display_name="Хермина").user
    mine = PostFactory(author=writer)
    theirs = PostFactory(body="не за мен")
    Notification.objects.create(
        recipient=reader,
        post=mine,
        discussion=mine.discussion,
        kind=NotificationKind.MENTION,
        target=mine.discussion.followed,
    )
    Notification.objects.create(
        recipient=other,
        post=theirs,
        discussion=theirs.discussion,
        kind=NotificationKind.REPLY,
        target=theirs.discussion.followed,
    )
    client.force_login(reader)

    response = client.get(reverse("forum:notification-list"))

    assert [n.post for n in response.context["notifications"]] == [mine]
    assert "Хермина" in response.content.decode()


def test_viewing_thread_marks_its_notifications_read(client):
    reader = VerifiedUserFactory()
    post = PostFactory()
    reply_notification(reader, post)
    client.force_login(reader)

    client.get(post.discussion.get_absolute_url())

    assert Notification.objects.unread().count() == 0


@pytest.mark.parametrize(("language", "unread"), [("bg", "непрочет"), ("en", "unread)")])
def test_the_thread_a_notification_leads_to_shows_no_unread_count_once_read(client, language, unread):
    reader = VerifiedUserFactory()
    post = PostFactory()
    reply_notification(reader, post)
    client.force_login(reader)
    assert unread in client.get(f"/{language}/about/").content.decode()

    html = client.get(f"/{language}{post.discussion.get_absolute_url()[3:]}").content.decode()

    assert unread not in html


def test_notification_settings_saves_frequency(client):
    user = VerifiedUserFactory()
    client.force_login(user)

    client.post(reverse("forum:notification-settings"), {"frequency": DigestFrequency.WEEKLY})

    assert NotificationPreference.objects.get(user=user).frequency == DigestFrequency.WEEKLY


def test_subscription_toggle_follows_and_unfollows(client):
    thread, user = PostFactory(discussion__post_count=1).discussion, UserFactory()
    client.force_login(user)
    url = follow_url(thread)

    client.post(url, {"follow": "1"})
    following = is_following(user, thread.followed)
    client.post(url, {"follow": "0"})

    assert following is True
    assert not is_following(as_next_request(user), thread.followed)


def test_email_names_the_author_by_display_name(django_capture_on_commit_callbacks, followed_thread):
    thread, _follower = followed_thread
    author = ProfileFactory(user=VerifiedUserFactory(), display_name="Хермина Емирян").user

    with django_capture_on_commit_callbacks(execute=True):
        services.create_post(discussion=thread, author=author, body="отговор")

    assert "Хермина Емирян" in mail.outbox[0].body
    assert author.email not in mail.outbox[0].body


@pytest.mark.parametrize("size", [3, 30])
def test_notification_list_queries_flat(client, django_assert_num_queries, size):
    reader = VerifiedUserFactory()
    for _ in range(size):
        post = PostFactory()
        reply_notification(reader, post)
    client.force_login(reader)
    client.get(reverse("forum:notification-list"))  # the personal part and the site settings are cached from then on

    # count, notifications, followed threads (the reader comes from the cache)
    with django_assert_num_queries(3):
        response = client.get(reverse("forum:notification-list"))

    assert len(response.context["notifications"]) == size


def test_send_forum_emails_command_sends_due_digest():
    from io import StringIO

    from django.core.management import call_command

    reader = VerifiedUserFactory()
    NotificationPreference.objects.create(user=reader, frequency=DigestFrequency.WEEKLY)
    post = PostFactory(body="за седмичното обобщение")
    reply_notification(reader, post)
    out = StringIO()

    call_command("send_forum_emails", stdout=out)

    assert "Forum e-mails sent: 1" in out.getvalue()
    assert "за седмичното обобщение" in mail.outbox[0].body


def test_mention_by_display_name_notifies_the_longest_match(django_capture_on_commit_callbacks):
    mentioned = ProfileFactory(user=VerifiedUserFactory(), display_name="Хермина Емирян").user
    ProfileFactory(user=VerifiedUserFactory(), display_name="Хермина")
    body = "Благодаря, @Хермина Емирян, за модерацията!"

    with django_capture_on_commit_callbacks(execute=True):
        services.create_post(discussion=ThreadFactory(), author=VerifiedUserFactory(), body=body)

    assert list(Notification.objects.values_list("recipient", "kind")) == [(mentioned.pk, NotificationKind.MENTION)]
