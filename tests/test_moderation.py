"""Moderation: flags, hiding and restoring (never deleting), locks, pins, moves, all logged."""

import pytest
from django.contrib import admin
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.test import RequestFactory
from django.urls import reverse

from forum import services
from forum.enums import FlagOutcome, FlagReason, ModerationAction
from forum.models import Flag, ModerationLog, Post
from tests.factories.forum import CategoryFactory, FlagFactory, ModeratorFactory, PostFactory, ThreadFactory
from tests.factories.portal import VerifiedUserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Anonymous forum pages are cached; every test starts with an empty cache."""
    cache.clear()
    yield
    cache.clear()


def test_hide_post_keeps_text_and_logs():
    post, moderator = PostFactory(body="Реклама"), ModeratorFactory()

    services.hide_post(post=post, moderator=moderator, reason="spam")

    post.refresh_from_db()
    assert (post.is_hidden, post.hidden_by, post.hidden_reason, post.body) == (True, moderator, "spam", "Реклама")
    log = ModerationLog.objects.get()
    assert (log.moderator, log.action, log.post, log.reason) == (moderator, ModerationAction.HIDE, post, "spam")


def test_hide_post_by_participant_refused():
    post = PostFactory()

    with pytest.raises(PermissionDenied):
        services.hide_post(post=post, moderator=VerifiedUserFactory(), reason="I dislike it")

    post.refresh_from_db()
    assert post.is_hidden is False
    assert ModerationLog.objects.count() == 0


def test_restore_post_shows_it_again():
    post, moderator = PostFactory(), ModeratorFactory()
    services.hide_post(post=post, moderator=moderator, reason="check")

    services.restore_post(post=post, moderator=moderator, reason="fine after all")

    post.refresh_from_db()
    assert (post.is_hidden, post.hidden_by, post.hidden_at) == (False, None, None)
    assert list(ModerationLog.objects.values_list("action", flat=True)) == [
        ModerationAction.RESTORE,
        ModerationAction.HIDE,
    ]


def test_hidden_post_others_see_notice_author_sees_text(client):
    post = PostFactory(body="Скрит текст")
    services.hide_post(post=post, moderator=ModeratorFactory(), reason="offensive")
    url = post.discussion.get_absolute_url()

    client.force_login(VerifiedUserFactory())
    other = client.get(url).content.decode()
    client.force_login(post.author)
    author = client.get(url).content.decode()

    assert "Скрит текст" not in other
    assert "Тази публикация е скрита от модератор." in other
    assert "Скрит текст" in author


def test_hidden_post_anonymous_sees_notice_only(client):
    post = PostFactory(body="Скрит текст")
    services.hide_post(post=post, moderator=ModeratorFactory(), reason="offensive")

    body = client.get(post.discussion.get_absolute_url()).content.decode()

    assert "Скрит текст" not in body
    assert f'id="post-{post.pk}"' in body


def test_hide_view_moderator_hides_with_reason(client):
    post = PostFactory()
    client.force_login(ModeratorFactory())

    client.post(reverse("forum:post-hide", kwargs={"pk": post.pk}), {"reason": "обидно"})

    post.refresh_from_db()
    assert (post.is_hidden, post.hidden_reason) == (True, "обидно")


def test_hide_view_participant_forbidden(client):
    post = PostFactory()
    client.force_login(VerifiedUserFactory())

    response = client.post(reverse("forum:post-hide", kwargs={"pk": post.pk}), {"reason": "x"})

    post.refresh_from_db()
    assert response.status_code == 403
    assert post.is_hidden is False


def test_flag_post_view_creates_open_flag(client):
    post, reporter = PostFactory(), VerifiedUserFactory()
    client.force_login(reporter)

    client.post(reverse("forum:post-flag", kwargs={"pk": post.pk}), {"reason": FlagReason.OFF_TOPIC})

    flag = Flag.objects.get()
    assert (flag.post, flag.reporter, flag.reason, flag.resolved_at) == (post, reporter, FlagReason.OFF_TOPIC, None)


def test_flag_post_other_reason_needs_text(client):
    post = PostFactory()
    client.force_login(VerifiedUserFactory())

    response = client.post(reverse("forum:post-flag", kwargs={"pk": post.pk}), {"reason": FlagReason.OTHER})

    assert response.status_code == 400
    assert Flag.objects.count() == 0


def test_flag_post_anonymous_redirected_to_sign_in(client):
    post = PostFactory()

    response = client.post(reverse("forum:post-flag", kwargs={"pk": post.pk}), {"reason": FlagReason.SPAM})

    assert "/accounts/login/" in response["Location"]
    assert Flag.objects.count() == 0


def test_flag_post_twice_keeps_one_open_flag():
    post, reporter = PostFactory(), VerifiedUserFactory()

    services.flag_post(post=post, reporter=reporter, reason=FlagReason.SPAM)
    services.flag_post(post=post, reporter=reporter, reason=FlagReason.OFFENSIVE)

    assert Flag.objects.count() == 1


def test_resolve_flag_hidden_hides_post_and_answers_all_flags():
    post, moderator = PostFactory(), ModeratorFactory()
    first, second = FlagFactory(post=post), FlagFactory(post=post)

    services.resolve_flag(flag=first, moderator=moderator, outcome=FlagOutcome.HIDDEN, reason="spam")

    post.refresh_from_db()
    second.refresh_from_db()
    assert post.is_hidden is True
    assert (second.outcome, second.resolved_by) == (FlagOutcome.HIDDEN, moderator)
    assert Flag.objects.open().count() == 0


def test_resolve_flag_dismissed_leaves_post_visible():
    flag, moderator = FlagFactory(), ModeratorFactory()

    services.resolve_flag(flag=flag, moderator=moderator, outcome=FlagOutcome.DISMISSED)

    flag.post.refresh_from_db()
    assert flag.outcome == FlagOutcome.DISMISSED
    assert flag.post.is_hidden is False


def test_moderation_queue_lists_open_flags_and_held_posts(client):
    FlagFactory(post=PostFactory(body="Съмнително съдържание"), text="реклама на казино")
    PostFactory(body="Чака одобрение", is_held=True)
    client.force_login(ModeratorFactory())

    body = client.get(reverse("forum:moderation-queue")).content.decode()

    assert "реклама на казино" in body
    assert "Съмнително съдържание" in body
    assert "Чака одобрение" in body


def test_moderation_queue_participant_forbidden(client):
    client.force_login(VerifiedUserFactory())

    response = client.get(reverse("forum:moderation-queue"))

    assert response.status_code == 403


@pytest.mark.parametrize("size", [2, 20])
def test_moderation_queue_queries_flat(client, django_assert_num_queries, size):
    for _ in range(size):
        FlagFactory()
        PostFactory(is_held=True)
    moderator = ModeratorFactory()
    client.force_login(moderator)
    client.get(reverse("forum:moderation-queue"))  # the personal part and the site settings are cached from then on

    # flags, held posts, log (the moderator comes from the cache)
    with django_assert_num_queries(3):
        response = client.get(reverse("forum:moderation-queue"))

    assert len(response.context["flags"]) == size


def test_flag_resolve_view_hides_post(client):
    flag = FlagFactory()
    client.force_login(ModeratorFactory())

    client.post(reverse("forum:flag-resolve", kwargs={"pk": flag.pk}), {"outcome": FlagOutcome.HIDDEN, "reason": "x"})

    flag.refresh_from_db()
    assert flag.outcome == FlagOutcome.HIDDEN
    assert Post.objects.get(pk=flag.post_id).is_hidden is True


def test_lock_thread_refuses_replies_and_logs():
    thread, moderator = ThreadFactory(), ModeratorFactory()

    services.lock_thread(discussion=thread, moderator=moderator, reason="off the rails")

    thread.refresh_from_db()
    assert thread.is_locked is True
    assert ModerationLog.objects.get().action == ModerationAction.LOCK
    with pytest.raises(services.PostRefused):
        services.create_post(discussion=thread, author=VerifiedUserFactory(), body="still here?")


def test_thread_moderate_view_pins_and_moves(client):
    thread, target = ThreadFactory(), CategoryFactory()
    client.force_login(ModeratorFactory())
    url = reverse("forum:thread-moderate", kwargs={"pk": thread.pk})

    client.post(url, {"action": "pin"})
    client.post(url, {"action": "move", "category": target.pk, "reason": "better fit"})

    thread.refresh_from_db()
    assert (thread.is_pinned, thread.category) == (True, target)
    assert list(ModerationLog.objects.values_list("action", "reason")) == [
        (ModerationAction.MOVE, "better fit"),
        (ModerationAction.PIN, ""),
    ]


def test_thread_moderate_view_move_without_category_refused(client):
    thread = ThreadFactory()
    client.force_login(ModeratorFactory())

    response = client.post(reverse("forum:thread-moderate", kwargs={"pk": thread.pk}), {"action": "move"})

    assert response.status_code == 400
    assert ModerationLog.objects.count() == 0


def test_thread_moderate_view_participant_forbidden(client):
    thread = ThreadFactory()
    client.force_login(VerifiedUserFactory())

    response = client.post(reverse("forum:thread-moderate", kwargs={"pk": thread.pk}), {"action": "lock"})

    thread.refresh_from_db()
    assert response.status_code == 403
    assert thread.is_locked is False


def test_admin_posts_cannot_be_deleted():
    model_admin = admin.site._registry[Post]
    request = RequestFactory().get("/")
    request.user = ModeratorFactory()

    assert model_admin.has_delete_permission(request) is False
    assert "delete_selected" not in model_admin.get_actions(request)


def test_admin_hide_action_calls_service(client):
    posts = [PostFactory(), PostFactory()]
    moderator = ModeratorFactory()
    client.force_login(moderator)

    client.post(
        reverse("admin:forum_post_changelist"),
        {"action": "hide_posts", "_selected_action": [post.pk for post in posts]},
    )

    assert Post.objects.filter(is_hidden=True).count() == 2
    assert ModerationLog.objects.filter(action=ModerationAction.HIDE, moderator=moderator).count() == 2


def test_moderator_role_can_moderate_and_other_roles_cannot():
    from core import roles

    moderator, organiser, participant = VerifiedUserFactory(), VerifiedUserFactory(), VerifiedUserFactory()
    roles.assign_role(user=moderator, role=roles.MODERATOR)
    roles.assign_role(user=organiser, role=roles.ORGANISER)
    roles.assign_role(user=participant, role=roles.PARTICIPANT)

    assert [roles.is_moderator(user) for user in (moderator, organiser, participant)] == [True, False, False]
    assert moderator.has_perm("forum.change_post") is True
    assert moderator.has_perm("forum.delete_post") is False


def test_discussion_admin_filters_by_the_kinds_of_content_that_have_comments(client, moderator):
    from forum.services import create_comment
    from tests.factories.films import FilmFactory

    create_comment(target=FilmFactory(), author=VerifiedUserFactory(), body="Добър филм.")
    client.force_login(moderator)

    content = client.get(reverse("admin:forum_discussion_changelist"), HTTP_ACCEPT_LANGUAGE="bg").content.decode()

    assert "Филми | филм" in content
    assert "потвърждение на имейл" not in content and "authenticator" not in content
