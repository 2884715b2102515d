"""Forum threads and comments: posting rules, pages in both languages, bounded queries."""

from datetime import timedelta

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone, translation

from core.follows import is_following
from forum import services
from forum.models import Discussion, Post, PostRevision, ReadMarker
from forum.views.threads import ThreadDetailView
from tests.factories.forum import CategoryFactory, ModeratorFactory, PostFactory, ThreadFactory
from tests.factories.portal import PostFactory as NewsPostFactory
from tests.factories.portal import UserFactory, VerifiedUserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Every test starts without cached pages."""
    cache.clear()
    yield
    cache.clear()


def reply_url(thread):
    return reverse("forum:thread-reply", kwargs={"pk": thread.pk})


# --- services ---------------------------------------------------------------


def test_create_thread_verified_user_publishes_first_post():
    author = VerifiedUserFactory()
    category = CategoryFactory()

    thread = services.create_thread(category=category, author=author, title=" Кооперативи ", body="**Здравейте** all")

    post = thread.posts.get()
    assert thread.title == "Кооперативи"
    assert post.body_html == "<p><strong>Здравейте</strong> all</p>"
    thread.refresh_from_db()
    assert (thread.post_count, thread.last_post, thread.author) == (1, post, author)
    assert is_following(author, thread.followed)


def test_create_thread_unverified_user_refused_and_nothing_saved():
    with pytest.raises(services.PostRefused) as refusal:
        services.create_thread(category=CategoryFactory(), author=UserFactory(), title="T", body="text")

    assert refusal.value.code == "not_verified"
    assert Discussion.objects.count() == 0


def test_create_comment_opens_the_discussion_with_the_first_comment():
    news = NewsPostFactory()

    post = services.create_comment(target=news, author=VerifiedUserFactory(), body="Първи коментар")

    discussion = Discussion.objects.get()
    assert (discussion.content_object, discussion.post_count, post.discussion) == (news, 1, discussion)


def test_create_comment_refused_leaves_no_discussion():
    with pytest.raises(services.PostRefused) as refusal:
        services.create_comment(target=NewsPostFactory(), author=UserFactory(), body="коментар")

    assert refusal.value.code == "not_verified"
    assert Discussion.objects.count() == 0


def test_create_post_locked_thread_refused():
    thread = ThreadFactory(is_locked=True)

    with pytest.raises(services.PostRefused) as refusal:
        services.create_post(discussion=thread, author=VerifiedUserFactory(), body="late reply")

    assert refusal.value.code == "locked"
    assert thread.posts.count() == 0


def test_create_post_too_long_refused(settings):
    settings.FORUM_MAX_POST_LENGTH = 50

    with pytest.raises(services.PostRefused) as refusal:
        services.create_post(discussion=ThreadFactory(), author=VerifiedUserFactory(), body="я" * 51)

    assert refusal.value.code == "too_long"


def test_create_post_rate_limit_refuses_with_wait(settings):
    settings.FORUM_POSTS_PER_MINUTE = 2
    thread, author = ThreadFactory(), VerifiedUserFactory()
    services.create_post(discussion=thread, author=author, body="one")
    services.create_post(discussion=thread, author=author, body="two")

    with pytest.raises(services.PostRefused) as refusal:
        services.create_post(discussion=thread, author=author, body="three")

    assert refusal.value.code == "rate_limited"
    assert "Можете да публикувате отново след" in refusal.value.messages[0]
    assert thread.posts.count() == 2


def test_create_post_rate_limit_is_per_user(settings):
    settings.FORUM_POSTS_PER_MINUTE = 1
    thread = ThreadFactory()
    services.create_post(discussion=thread, author=VerifiedUserFactory(), body="one")

    services.create_post(discussion=thread, author=VerifiedUserFactory(), body="another person")

    assert thread.posts.count() == 2


def test_create_post_new_account_with_link_held_for_approval():
    thread = ThreadFactory()

    post = services.create_post(discussion=thread, author=VerifiedUserFactory(), body="See https://spam.example")

    thread.refresh_from_db()
    assert post.is_held is True
    assert thread.post_count == 0


def test_create_post_trusted_author_with_link_published(settings):
    settings.FORUM_TRUSTED_AFTER_POSTS = 1
    author = VerifiedUserFactory()
    PostFactory(author=author)

    post = services.create_post(discussion=ThreadFactory(), author=author, body="[доклад](https://example.org)")

    assert post.is_held is False


def test_approve_post_publishes_and_counts():
    thread = ThreadFactory()
    post = services.create_post(discussion=thread, author=VerifiedUserFactory(), body="www.example.org")

    services.approve_post(post=post, moderator=ModeratorFactory())

    thread.refresh_from_db()
    assert (post.is_held, thread.post_count, thread.last_post) == (False, 1, post)


def test_create_post_reply_to_other_discussion_dropped():
    other = PostFactory()

    post = services.create_post(discussion=ThreadFactory(), author=VerifiedUserFactory(), body="x", reply_to=other)

    assert post.reply_to is None


def test_edit_post_within_window_keeps_revision():
    post = PostFactory(body="първо")

    services.edit_post(post=post, editor=post.author, body="второ **ново**")

    post.refresh_from_db()
    assert post.body_html == "<p>второ <strong>ново</strong></p>"
    assert post.edited_at is not None
    assert list(PostRevision.objects.filter(post=post).values_list("body", flat=True)) == ["първо"]


def test_edit_post_after_window_refused():
    post = PostFactory(created_at=timezone.now() - timedelta(hours=1))

    with pytest.raises(services.PermissionDenied):
        services.edit_post(post=post, editor=post.author, body="too late")

    assert PostRevision.objects.count() == 0


def test_edit_post_by_other_participant_refused():
    post = PostFactory()

    with pytest.raises(services.PermissionDenied):
        services.edit_post(post=post, editor=VerifiedUserFactory(), body="not mine")


def test_open_discussion_one_per_object():
    category = CategoryFactory()

    first = services.open_discussion(content_object=category)
    second = services.open_discussion(content_object=category)

    assert first == second
    assert first.content_type == ContentType.objects.get_for_model(category)


# --- views: posting ---------------------------------------------------------


def test_thread_reply_anonymous_refused_with_text_kept(client):
    thread = ThreadFactory()

    response = client.post(reply_url(thread), {"body": "Моят отговор"})

    assert response.status_code == 400
    assert "Моят отговор" in response.content.decode()
    assert "потвърден имейл адрес" in response.content.decode()
    assert thread.posts.count() == 0


def test_thread_reply_unverified_user_refused_with_text_kept(client):
    thread = ThreadFactory()
    client.force_login(UserFactory())

    response = client.post(reply_url(thread), {"body": "Моят отговор"})

    assert "Моят отговор" in response.content.decode()
    assert thread.posts.count() == 0


def test_thread_reply_verified_user_redirects_to_post(client):
    thread = ThreadFactory()
    client.force_login(VerifiedUserFactory())

    response = client.post(reply_url(thread), {"body": "Отговор _курсив_"})

    post = thread.posts.get()
    assert response.status_code == 302
    assert response["Location"] == f"{thread.get_absolute_url()}#post-{post.pk}"
    assert post.body_html == "<p>Отговор <em>курсив</em></p>"


def test_thread_reply_honeypot_refused_with_text_kept(client):
    thread = ThreadFactory()
    client.force_login(VerifiedUserFactory())

    response = client.post(reply_url(thread), {"body": "Истински текст", "website": "http://bot.example"})

    assert response.status_code == 400
    assert "Истински текст" in response.content.decode()
    assert "Оставете последното поле празно" in response.content.decode()
    assert thread.posts.count() == 0


def test_thread_reply_rate_limited_keeps_text_and_says_when(client, settings):
    settings.FORUM_POSTS_PER_MINUTE = 1
    thread = ThreadFactory()
    client.force_login(VerifiedUserFactory())
    client.post(reply_url(thread), {"body": "first"})

    response = client.post(reply_url(thread), {"body": "второ мнение"})

    body = response.content.decode()
    assert "второ мнение" in body
    assert "Можете да публикувате отново след" in body
    assert thread.posts.count() == 1


def test_thread_reply_locked_refused(client):
    thread = ThreadFactory(is_locked=True)
    client.force_login(VerifiedUserFactory())

    response = client.post(reply_url(thread), {"body": "late"})

    assert "Това обсъждане е заключено" in response.content.decode()
    assert thread.posts.count() == 0


def test_thread_reply_fragment_returns_rendered_post(client):
    thread = ThreadFactory()
    client.force_login(VerifiedUserFactory())

    response = client.post(reply_url(thread), {"body": "**в място**"}, headers={"X-Forum-Fragment": "1"})

    post = thread.posts.get()
    assert response.status_code == 201
    assert f'id="post-{post.pk}"' in response.content.decode()
    assert "<strong>в място</strong>" in response.content.decode()
    assert "<html" not in response.content.decode()


def test_fragment_carries_the_discussions_new_count_and_a_held_post_does_not_raise_it(client):
    thread = ThreadFactory()
    client.force_login(VerifiedUserFactory())

    published = client.post(reply_url(thread), {"body": "Без връзки."}, headers={"X-Forum-Fragment": "1"})
    held = client.post(reply_url(thread), {"body": "Вижте https://example.org"}, headers={"X-Forum-Fragment": "1"})

    assert (published.status_code, published["X-Forum-Post-Count"]) == (201, "1")
    assert (held.status_code, held["X-Forum-Post-Count"]) == (201, "1")
    assert thread.posts.filter(is_held=True).count() == 1


def test_thread_reply_fragment_refused_returns_form_with_text(client):
    thread = ThreadFactory()
    client.force_login(VerifiedUserFactory())

    response = client.post(reply_url(thread), {"body": "", "website": ""}, headers={"X-Forum-Fragment": "1"})

    assert response.status_code == 422
    assert 'id="reply-form"' in response.content.decode()
    assert "<html" not in response.content.decode()


def test_thread_reply_with_reply_to_shows_quote(client):
    original = PostFactory(body="Италианският опит в Кампания")
    client.force_login(VerifiedUserFactory())

    client.post(reply_url(original.discussion), {"body": "Съгласен", "reply_to": original.pk})
    response = client.get(original.discussion.get_absolute_url())

    reply = Post.objects.get(body="Съгласен")
    assert reply.reply_to == original
    assert "В отговор на" in response.content.decode()


def test_thread_create_view_publishes_thread(client):
    category = CategoryFactory()
    client.force_login(VerifiedUserFactory())

    response = client.post(
        reverse("forum:thread-create", kwargs={"slug": category.slug}), {"title": "Нова тема", "body": "Текст"}
    )

    thread = Discussion.objects.get(title="Нова тема")
    assert response["Location"] == thread.get_absolute_url()
    assert thread.posts.get().body == "Текст"


def test_thread_create_view_honeypot_keeps_title_and_text(client):
    category = CategoryFactory()
    client.force_login(VerifiedUserFactory())

    response = client.post(
        reverse("forum:thread-create", kwargs={"slug": category.slug}),
        {"title": "Заглавие", "body": "Дълъг текст", "website": "x"},
    )

    assert response.status_code == 400
    assert "Заглавие" in response.content.decode()
    assert "Дълъг текст" in response.content.decode()
    assert Discussion.objects.count() == 0


def test_post_edit_view_author_within_window(client):
    post = PostFactory(body="old")
    client.force_login(post.author)

    client.post(reverse("forum:post-edit", kwargs={"pk": post.pk}), {"body": "new"})

    post.refresh_from_db()
    assert post.body == "new"


def test_post_edit_view_other_participant_forbidden(client):
    post = PostFactory(body="old")
    client.force_login(VerifiedUserFactory())

    response = client.post(reverse("forum:post-edit", kwargs={"pk": post.pk}), {"body": "new"})

    post.refresh_from_db()
    assert response.status_code == 403
    assert post.body == "old"


# --- views: reading ---------------------------------------------------------


@pytest.mark.parametrize(("language", "heading"), [("bg", "Форум"), ("en", "Forum")])
def test_forum_index_lists_categories_in_both_languages(client, language, heading):
    category = CategoryFactory(name_bg="Интеграция на здравните и социалните грижи", name_en="Health and social care")
    PostFactory(discussion=ThreadFactory(category=category, title="Шотландски опит"))

    with translation.override(language):
        response = client.get(reverse("forum:index"))

    body = response.content.decode()
    assert f"<h1>{heading}</h1>" in body
    expected = "Интеграция на здравните и социалните грижи" if language == "bg" else "Health and social care"
    assert expected in body
    assert "Шотландски опит" in body


def test_forum_index_category_without_english_falls_back_and_says_so(client):
    category = CategoryFactory(name_bg="Социални медии", name_en="")

    with translation.override("en"):
        response = client.get(category.get_absolute_url())

    body = response.content.decode()
    assert "Социални медии" in body
    assert "has not been translated" in body


@pytest.mark.parametrize("size", [2, 12])
def test_forum_index_queries_flat(client, django_assert_num_queries, size):
    for _ in range(size):
        PostFactory(discussion=ThreadFactory(category=CategoryFactory()))

    with django_assert_num_queries(3):  # site settings, categories with counts, latest threads
        response = client.get(reverse("forum:index"))

    assert response.content.decode().count('class="card forum-category"') == size


def test_category_detail_pinned_first_with_unread_marker(client):
    category = CategoryFactory()
    reader = VerifiedUserFactory()
    old = ThreadFactory(category=category, title="Закачена тема", is_pinned=True)
    PostFactory(discussion=old, created_at=timezone.now() - timedelta(days=3))
    fresh = ThreadFactory(category=category, title="Свежа тема")
    PostFactory(discussion=fresh)
    ReadMarker.objects.create(user=reader, discussion=old, last_read_at=timezone.now())
    client.force_login(reader)

    response = client.get(category.get_absolute_url())

    threads = list(response.context["threads"])
    assert threads == [old, fresh]
    assert [thread.is_unread for thread in threads] == [False, True]


@pytest.mark.parametrize("size", [3, 30])
def test_category_detail_queries_flat(client, django_assert_num_queries, size):
    category = CategoryFactory()
    for _ in range(size):
        PostFactory(discussion=ThreadFactory(category=category))
    client.force_login(VerifiedUserFactory())
    client.get(category.get_absolute_url())  # the personal part and the site settings are cached from then on

    # category, thread count, threads (the reader and what they follow are remembered)
    with django_assert_num_queries(3):
        response = client.get(category.get_absolute_url())

    assert len(response.context["threads"]) == min(size, 25)


@pytest.mark.parametrize(("language", "word"), [("bg", "Отговор"), ("en", "Reply")])
def test_thread_detail_both_languages(client, language, word):
    post = PostFactory(body="Въвеждане на знанията в практика")
    client.force_login(VerifiedUserFactory())

    with translation.override(language):
        response = client.get(post.discussion.get_absolute_url())

    body = response.content.decode()
    assert "Въвеждане на знанията в практика" in body
    assert word in body


def test_thread_detail_reply_form_on_top(client):
    thread = ThreadFactory()
    PostFactory(discussion=thread)
    client.force_login(VerifiedUserFactory())

    body = client.get(thread.get_absolute_url()).content.decode()

    assert body.index('id="reply-form"') < body.index('<article class="forum-post')


def test_thread_detail_marks_read(client):
    thread = PostFactory().discussion
    reader = VerifiedUserFactory()
    client.force_login(reader)

    client.get(thread.get_absolute_url())

    assert ReadMarker.objects.filter(user=reader, discussion=thread).exists()


def test_reading_a_thread_twice_keeps_one_marker_moved_forward(client):
    thread = PostFactory().discussion
    reader = VerifiedUserFactory()
    client.force_login(reader)
    client.get(thread.get_absolute_url())
    first = ReadMarker.objects.get(user=reader, discussion=thread).last_read_at

    client.get(thread.get_absolute_url())

    markers = ReadMarker.objects.filter(user=reader, discussion=thread)
    assert markers.count() == 1
    assert markers.get().last_read_at >= first
    assert ReadMarker.objects.count() == 1


def test_a_reply_since_the_last_visit_moves_the_marker_on_the_next_visit(client, django_capture_on_commit_callbacks):
    thread = PostFactory().discussion
    reader = VerifiedUserFactory()
    client.force_login(reader)
    client.get(thread.get_absolute_url())
    first = ReadMarker.objects.get(user=reader, discussion=thread).last_read_at
    client.get(thread.get_absolute_url())
    assert ReadMarker.objects.get(user=reader, discussion=thread).last_read_at == first  # nothing new: no write

    with django_capture_on_commit_callbacks(execute=True):  # the reply commits, retiring the pages it changes
        reply = services.create_post(discussion=thread, author=VerifiedUserFactory(), body="Нов отговор")
    client.get(thread.get_absolute_url())

    assert ReadMarker.objects.get(user=reader, discussion=thread).last_read_at > reply.created_at
    category = client.get(thread.category.get_absolute_url())
    assert [t.is_unread for t in category.context["threads"]] == [False]


def test_thread_page_context_writes_nothing(rf):
    thread = PostFactory().discussion
    request = rf.get(thread.get_absolute_url())
    request.user = VerifiedUserFactory()
    view = ThreadDetailView(request=request, kwargs={"pk": thread.pk}, args=())
    view.object = view.get_object()

    view.get_context_data(object=view.object)

    assert ReadMarker.objects.count() == 0


def test_thread_detail_held_post_only_for_author_and_moderators(client):
    thread = PostFactory().discussion
    held = PostFactory(discussion=thread, body="Тайна връзка", is_held=True)

    anonymous = client.get(thread.get_absolute_url()).content.decode()
    client.force_login(held.author)
    author = client.get(thread.get_absolute_url()).content.decode()
    client.force_login(ModeratorFactory())
    moderator = client.get(thread.get_absolute_url()).content.decode()

    assert "Тайна връзка" not in anonymous
    assert "Тайна връзка" in author
    assert "Тайна връзка" in moderator


def test_thread_detail_paginated(client, settings):
    settings.FORUM_POSTS_PER_PAGE = 5
    thread = ThreadFactory()
    posts = [PostFactory(discussion=thread, body=f"пост-{n}") for n in range(7)]

    response = client.get(thread.get_absolute_url(), {"page": 2})

    assert list(response.context["posts"]) == posts[5:]
    assert response.context["page_obj"].paginator.num_pages == 2


@pytest.mark.parametrize(("size", "per_page", "cold"), [(5, 100, 7), (50, 100, 7), (50, 20, 8)])
def test_thread_detail_queries_flat(client, django_assert_num_queries, settings, size, per_page, cold):
    settings.FORUM_POSTS_PER_PAGE = per_page
    thread = ThreadFactory()
    first = PostFactory(discussion=thread)
    for _ in range(size - 1):
        PostFactory(discussion=thread, reply_to=first)
    client.force_login(VerifiedUserFactory())
    ContentType.objects.clear_cache()  # cold whatever ran before in this process

    # cold: user with profile, thread, what core.personal keeps per reader (permissions held, where they have
    # written, verified e-mail, follows, unread count: one query), the thread's content type, read marker upsert,
    # site settings; then for the shared fragment of posts: the first page's posts, which count a thread that fits
    # on one page, and a COUNT for a longer one
    with django_assert_num_queries(cold):
        response = client.get(thread.get_absolute_url())
    # warm: the thread (the reader with their profile, the personal part, where the reader wrote, what the reader
    # follows, the read marker and the fragment of posts come from the cache)
    with django_assert_num_queries(1):
        warm = client.get(thread.get_absolute_url())

    assert response.content.decode().count('<article class="forum-post') == min(size, per_page)
    assert warm.content.decode().count('<article class="forum-post') == min(size, per_page)
    assert ('?page=2"' in response.content.decode()) is (size > per_page)


def test_post_detail_redirects_to_its_page(client, settings):
    settings.FORUM_POSTS_PER_PAGE = 2
    thread = ThreadFactory()
    posts = [PostFactory(discussion=thread) for _ in range(3)]

    response = client.get(reverse("forum:post-detail", kwargs={"pk": posts[2].pk}))

    assert response["Location"] == f"{thread.get_absolute_url()}?page=2#post-{posts[2].pk}"


def test_post_detail_held_post_hidden_from_others(client):
    held = PostFactory(is_held=True)

    response = client.get(reverse("forum:post-detail", kwargs={"pk": held.pk}))

    assert response.status_code == 404


# --- comments on content ----------------------------------------------------


def comment_url(obj):
    opts = obj._meta
    return reverse(
        "forum:comment-create", kwargs={"app_label": opts.app_label, "model_name": opts.model_name, "object_id": obj.pk}
    )


def render_discussion_for(obj, request):
    from django.template import Context, Template

    return Template("{% load forum_tags %}{% discussion_for object %}").render(
        Context({"object": obj, "request": request})
    )


def test_comment_create_on_news_post_redirects_back_with_anchor(client):
    news = NewsPostFactory()
    client.force_login(VerifiedUserFactory())

    response = client.post(comment_url(news), {"body": "Полезна новина"})

    discussion = Discussion.objects.get()
    post = discussion.posts.get()
    assert discussion.content_object == news
    assert response["Location"] == f"{news.get_absolute_url()}#post-{post.pk}"


def test_comment_create_second_comment_reuses_discussion(client):
    news = NewsPostFactory()
    client.force_login(VerifiedUserFactory())

    client.post(comment_url(news), {"body": "първи"})
    client.post(comment_url(news), {"body": "втори"})

    assert Discussion.objects.get().post_count == 2


def test_comment_create_refused_keeps_text_and_links_back(client):
    news = NewsPostFactory()
    client.force_login(UserFactory())

    response = client.post(comment_url(news), {"body": "Моят коментар"})

    body = response.content.decode()
    assert response.status_code == 400
    assert "Моят коментар" in body
    assert news.get_absolute_url() in body
    assert Discussion.objects.count() == 0


def test_comment_create_on_draft_content_404(client):
    from core.enums import PublicationStatus

    news = NewsPostFactory(status=PublicationStatus.DRAFT)
    client.force_login(VerifiedUserFactory())

    response = client.post(comment_url(news), {"body": "x"})

    assert response.status_code == 404
    assert Discussion.objects.count() == 0


def test_comment_create_on_forum_objects_refused(client):
    client.force_login(VerifiedUserFactory())

    response = client.post(comment_url(CategoryFactory()), {"body": "x"})

    assert response.status_code == 404


def test_discussion_for_renders_comments_and_form(rf):
    news = NewsPostFactory()
    discussion = services.open_discussion(content_object=news)
    PostFactory(discussion=discussion, body="Коментар под новината")
    request = rf.get(news.get_absolute_url())
    request.user = VerifiedUserFactory()

    html = render_discussion_for(news, request)

    assert "Коментар под новината" in html
    assert f'action="{comment_url(news)}"' in html
    assert 'id="comments"' in html
    assert "data-comment-at-time" not in html


def test_discussion_for_anonymous_sees_sign_in_link(rf):
    from django.contrib.auth.models import AnonymousUser

    news = NewsPostFactory()
    request = rf.get(news.get_absolute_url())
    request.user = AnonymousUser()

    html = render_discussion_for(news, request)

    assert "/accounts/login/?next=" in html
    assert 'id="reply-form"' not in html


def test_discussion_for_film_offers_moment_and_seek_link(rf):
    from tests.factories.films import FilmFactory

    film = FilmFactory()
    discussion = services.open_discussion(content_object=film)
    PostFactory(discussion=discussion, body="Точно тук", anchor_seconds=83)
    request = rf.get(film.get_absolute_url())
    request.user = VerifiedUserFactory()

    html = render_discussion_for(film, request)

    assert "data-comment-at-time" in html
    assert 'href="?t=83" data-seek-seconds="83"' in html
    assert "01:23" in html


def test_comment_create_on_film_keeps_moment(client):
    from tests.factories.films import FilmFactory

    film = FilmFactory()
    client.force_login(VerifiedUserFactory())

    client.post(comment_url(film), {"body": "Вижте този момент", "anchor_seconds": "3725"})

    post = Post.objects.get()
    assert (post.anchor_seconds, post.anchor_label) == (3725, "1:02:05")


@pytest.mark.parametrize("size", [5, 50])
def test_discussion_for_queries_flat(rf, django_assert_num_queries, settings, size):
    settings.FORUM_POSTS_PER_PAGE = 100
    news = NewsPostFactory()
    discussion = services.open_discussion(content_object=news)
    for _ in range(size):
        PostFactory(discussion=discussion)
    request = rf.get(news.get_absolute_url())
    request.user = VerifiedUserFactory()

    # what core.personal keeps per reader (where they have written: nowhere, so no query for their own posts;
    # permissions held, verified e-mail: one query), then for the shared fragment: discussion, posts (one page of
    # them, so they count themselves; the page itself has the follow button)
    with django_assert_num_queries(3):
        cold = render_discussion_for(news, request)
    # warm: nothing (where the reader wrote, permissions and verified e-mail kept on the user: core.personal);
    # posts from the cache
    with django_assert_num_queries(0):
        warm = render_discussion_for(news, request)

    assert cold.count('<article class="forum-post') == warm.count('<article class="forum-post') == size


def test_rate_limit_zero_closes_posting(settings):
    settings.FORUM_POSTS_PER_MINUTE = 0

    with pytest.raises(services.PostRefused) as refusal:
        services.create_post(discussion=ThreadFactory(), author=VerifiedUserFactory(), body="x")

    assert refusal.value.code == "rate_limited"


# --- page cache for anonymous readers ----------------------------------------


def test_thread_page_cached_for_anonymous_until_a_post(client, django_capture_on_commit_callbacks):
    thread = ThreadFactory()
    PostFactory(discussion=thread, body="първи")
    client.get(thread.get_absolute_url())

    with django_capture_on_commit_callbacks(execute=True):
        services.create_post(discussion=thread, author=VerifiedUserFactory(), body="съвсем нов")
    body = client.get(thread.get_absolute_url()).content.decode()

    assert "съвсем нов" in body


def test_thread_page_served_from_cache_for_anonymous(client, django_assert_num_queries):
    thread = ThreadFactory()
    PostFactory(discussion=thread, body="кеширан")
    client.get(thread.get_absolute_url())

    with django_assert_num_queries(0):
        body = client.get(thread.get_absolute_url()).content.decode()

    assert "кеширан" in body


def test_thread_page_not_cached_for_signed_in_reader(client):
    thread = ThreadFactory()
    client.force_login(VerifiedUserFactory())
    client.get(thread.get_absolute_url())
    PostFactory(discussion=thread, body="току-що")

    assert "току-що" in client.get(thread.get_absolute_url()).content.decode()


def test_comment_on_practice_retires_cached_practice_pages(django_capture_on_commit_callbacks):
    from practices.caching import pages_version
    from tests.factories.practices import PracticeFactory

    practice = PracticeFactory()
    before = pages_version()

    with django_capture_on_commit_callbacks(execute=True):
        services.create_post(
            discussion=services.open_discussion(content_object=practice), author=VerifiedUserFactory(), body="x"
        )

    assert pages_version() == before + 1


# --- site search ---------------------------------------------------------------


def test_search_finds_threads_by_title_and_visible_posts(django_capture_on_commit_callbacks):
    from tests.searching import search

    with django_capture_on_commit_callbacks(execute=True):
        by_title = PostFactory(discussion__title="Социален кооператив в Италия").discussion
        by_post = PostFactory(body="Опитът на КООПЕРАТИВ в Кампания").discussion
        hidden = PostFactory(body="кооператив, но скрит", is_hidden=True, hidden_at=timezone.now()).discussion
        held = PostFactory(body="кооператив, чака одобрение", is_held=True).discussion

    results = search("кооператив", language="bg")

    found = {(result.kind, result.title) for result in results}
    assert ("thread", by_title.title) in found
    assert ("post", by_post.title) in found
    assert {result.title for result in results}.isdisjoint({hidden.title, held.title})


def test_thread_with_held_first_post_hidden_from_others(client):
    category = CategoryFactory()
    author = VerifiedUserFactory()
    thread = services.create_thread(
        category=category, author=author, title="Евтини билети", body="https://spam.example"
    )

    listing = client.get(category.get_absolute_url()).content.decode()
    index = client.get(reverse("forum:index")).content.decode()
    page = client.get(thread.get_absolute_url())
    client.force_login(author)
    own = client.get(thread.get_absolute_url()).content.decode()

    assert "Евтини билети" not in listing
    assert "Евтини билети" not in index
    assert page.status_code == 404
    assert "https://spam.example" in own


@pytest.mark.parametrize(
    ("language", "expected"), [("bg", "7 септември 2018 г., 10:30"), ("en", "7 September 2018, 10:30")]
)
def test_post_time_in_the_page_language(client, language, expected):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    post = PostFactory(created_at=datetime(2018, 9, 7, 10, 30, tzinfo=ZoneInfo("Europe/Sofia")))

    with translation.override(language):
        body = client.get(post.discussion.get_absolute_url()).content.decode()

    assert f'<time datetime="2018-09-07T10:30:00+03:00">{expected}</time>' in body


def test_the_empty_reply_form_kept_per_worker_speaks_each_pages_language(client, participant):
    thread = ThreadFactory()
    PostFactory(discussion=thread)
    client.force_login(participant)

    # The empty fields' markup is kept per worker (core.field_markup): each language still gets its own.
    for language, label, other in [
        ("bg", "Вашето съобщение", "Your message"),
        ("en", "Your message", "Вашето съобщение"),
        ("bg", "Вашето съобщение", "Your message"),
    ]:
        html = client.get(f"/{language}{thread.get_absolute_url()[3:]}").content.decode()
        form = html[html.index('id="reply-form"') :]
        assert label in form and other not in form
        assert f'<option value="{language}" selected>' in form
