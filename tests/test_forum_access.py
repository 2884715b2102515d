"""Who may read, reply to, follow and comment on what: held threads and draft content stay out of sight.

Every reader here is a real member of a role group (Participant, Moderator), never a superuser.
"""

import pytest
from django.core.cache import cache
from django.urls import reverse

from core import roles
from core.follows import is_following
from events.enums import EventStatus
from forum import services
from forum.models import Discussion, Notification, Post
from tests.factories.events import EventFactory
from tests.factories.forum import CategoryFactory
from tests.factories.portal import VerifiedUserFactory
from tests.follows import follow_url

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("role_groups")]

SPAM_TITLE = "Евтини билети за конференцията"


@pytest.fixture(autouse=True)
def _fresh_cache():
    """The rate limit lives in the cache; every test starts without recent posts."""
    cache.clear()
    yield
    cache.clear()


def participant():
    return roles.assign_role(user=VerifiedUserFactory(), role=roles.PARTICIPANT)


def moderator():
    return roles.assign_role(user=VerifiedUserFactory(), role=roles.MODERATOR)


@pytest.fixture
def held_thread():
    """A thread by a new account whose first post (with a link) waits for a moderator, and a reply to it."""
    author = participant()
    thread = services.create_thread(
        category=CategoryFactory(), author=author, title=SPAM_TITLE, body="Вижте https://spam.example"
    )
    services.create_post(discussion=thread, author=author, body="Още нещо без връзка")
    thread.refresh_from_db()
    assert thread.posts.first().is_held
    assert thread.post_count == 1  # the reply is approved: the old rule (post_count > 0) listed the thread
    return thread


def test_held_thread_with_an_approved_reply_stays_out_of_every_listing(client, held_thread):
    reader = participant()
    client.force_login(reader)

    pages = [
        client.get(held_thread.category.get_absolute_url()).content.decode(),
        client.get(reverse("forum:index")).content.decode(),
        client.get(reverse("portal:search"), {"q": "билети"}).content.decode(),
        client.get("/sitemap.xml").content.decode(),
    ]
    detail = client.get(held_thread.get_absolute_url())

    assert [SPAM_TITLE in page for page in pages] == [False] * 4
    assert f"/forum/threads/{held_thread.pk}/" not in pages[3]
    assert detail.status_code == 404


def test_held_thread_hidden_from_anonymous_readers(client, held_thread):
    listing = client.get(held_thread.category.get_absolute_url()).content.decode()
    detail = client.get(held_thread.get_absolute_url())

    assert SPAM_TITLE not in listing
    assert detail.status_code == 404


def test_held_thread_shown_to_its_starter_and_moderators(client, held_thread):
    client.force_login(held_thread.author)
    own = client.get(held_thread.category.get_absolute_url()).content.decode()
    client.force_login(moderator())
    moderated = client.get(held_thread.category.get_absolute_url()).content.decode()

    assert SPAM_TITLE in own
    assert SPAM_TITLE in moderated


def test_approving_the_first_post_publishes_the_thread(client, held_thread):
    services.approve_post(post=held_thread.posts.first(), moderator=moderator())

    listing = client.get(held_thread.category.get_absolute_url()).content.decode()

    assert SPAM_TITLE in listing
    assert client.get(held_thread.get_absolute_url()).status_code == 200


def test_reply_to_a_held_thread_refused_to_others(client, held_thread):
    client.force_login(participant())

    response = client.post(reverse("forum:thread-reply", kwargs={"pk": held_thread.pk}), {"body": "Отговор"})

    assert response.status_code == 404
    assert held_thread.posts.count() == 2


def test_subscribing_to_a_held_thread_refused_to_others(client, held_thread):
    reader = participant()
    client.force_login(reader)

    response = client.post(follow_url(held_thread), {"follow": "1"})

    assert response.status_code == 404
    assert not is_following(reader, held_thread.followed)


def test_following_a_draft_event_refused(client):
    draft = EventFactory(status=EventStatus.DRAFT, slug="secret-draft")
    reader = participant()
    client.force_login(reader)

    response = client.post(follow_url(draft), {"follow": "1"})

    assert response.status_code == 404
    assert "secret-draft" not in response.get("Location", "")
    assert not is_following(reader, draft)


def test_a_follower_can_stop_following_a_thread_later_held(client, held_thread):
    # The starter follows their own thread from the start; they can always leave it.
    client.force_login(held_thread.author)

    client.post(follow_url(held_thread), {"follow": "0"})

    assert not is_following(held_thread.author, held_thread.followed)


def test_subscribing_to_a_published_thread_works(client):
    thread = services.create_thread(category=CategoryFactory(), author=participant(), title="Кооперативи", body="Да")
    reader = participant()
    client.force_login(reader)

    client.post(follow_url(thread), {"follow": "1"})

    assert is_following(reader, thread.followed)


def comment_url(obj):
    opts = obj._meta
    return reverse(
        "forum:comment-create", kwargs={"app_label": opts.app_label, "model_name": opts.model_name, "object_id": obj.pk}
    )


@pytest.mark.parametrize("language", ["bg", "en"])
def test_comment_on_a_draft_event_refused_and_reveals_nothing(client, language):
    organiser = roles.assign_role(user=VerifiedUserFactory(), role=roles.ORGANISER)
    draft = EventFactory(status=EventStatus.DRAFT, slug="secret-draft", title_en="Secret plans")
    draft.organisers.add(organiser)
    client.force_login(participant())

    response = client.post(f"/{language}{comment_url(draft)[3:]}", {"body": "Кога е?"})

    assert response.status_code == 404
    assert "secret-draft" not in response.get("Location", "")
    assert "Secret plans" not in response.content.decode()
    assert (Discussion.objects.count(), Post.objects.count(), Notification.objects.count()) == (0, 0, 0)


def test_comment_on_a_published_event_accepted(client):
    event = EventFactory(status=EventStatus.PUBLISHED, slug="open-day")
    client.force_login(participant())

    response = client.post(comment_url(event), {"body": "Ще дойда"})

    assert response.status_code == 302
    assert response["Location"].startswith(event.get_absolute_url())
    assert Post.objects.get().body == "Ще дойда"


def test_comment_on_a_model_that_declares_no_public_rows_refused(client):
    from tests.factories.events import PersonFactory

    person = PersonFactory()
    client.force_login(participant())

    response = client.post(comment_url(person), {"body": "Здравейте"})

    assert response.status_code == 404
    assert Post.objects.count() == 0
