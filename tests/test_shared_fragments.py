"""Shared fragments on real pages: what one reader warms is never another's, and each write retires only its own.

Two readers are interleaved on the same page through the shared cache; writes run inside
`django_capture_on_commit_callbacks(execute=True)` so the declared rules run as after a real commit.
"""

import re

import pytest
from django.test import Client
from django.urls import reverse

from core.follows import follow
from events.caching import programme_grid
from events.models import StarredSession
from films.caching import film_body
from forum import services
from forum.caching import discussion_posts, target_key
from news.caching import news_pages, news_post_body
from portal.home import home_pages
from practices.caching import practice_body, practice_pages
from tests.factories.films import FilmFactory, SubtitleTrackFactory
from tests.factories.forum import PostFactory, ThreadFactory
from tests.factories.portal import PostFactory as NewsPostFactory
from tests.factories.portal import ProfileFactory, VerifiedUserFactory
from tests.factories.practices import PracticeFactory
from tests.test_programme import build_programme, programme_url

pytestmark = pytest.mark.django_db

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def signed_in(user, **kwargs):
    client = Client(**kwargs)
    client.force_login(user)
    return client


def page(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def thread_of_two(participant):
    """A thread with a post by `participant` (the reader A) and one by someone else."""
    thread = ThreadFactory(title="Нишка")
    own = PostFactory(discussion=thread, author=participant, body="пост на А")
    other = PostFactory(discussion=thread, body="чужд пост")
    return thread, own, other


@pytest.mark.parametrize("language", ["bg", "en"])
def test_a_readers_edit_links_and_csrf_token_never_reach_another(participant, thread_of_two, language):
    thread, own, other = thread_of_two
    url = f"/{language}{thread.get_absolute_url()[3:]}"
    reader_a, reader_b = signed_in(participant), signed_in(VerifiedUserFactory())

    page_a = page(reader_a, url)  # warms the shared fragment
    page_b = page(reader_b, url)
    page_a_again = page(reader_a, url)
    anonymous = page(Client(), url)

    edit_own = f"/forum/posts/{own.pk}/edit/"
    assert edit_own in page_a and edit_own in page_a_again
    assert edit_own not in page_b and edit_own not in anonymous
    assert f"/forum/posts/{own.pk}/flag/" in page_b and f"/forum/posts/{own.pk}/flag/" not in page_a
    tokens_a, tokens_b = set(TOKEN.findall(page_a)), set(TOKEN.findall(page_b))
    assert tokens_a and tokens_b and not tokens_a & tokens_b
    assert not TOKEN.findall(anonymous)
    assert 'id="reply-form"' not in anonymous
    assert "пост на А" in page_b and "чужд пост" in page_a


@pytest.mark.parametrize("language", ["bg", "en"])
def test_each_posts_actions_name_its_own_post_and_author(participant, language):
    thread = ThreadFactory(title="Нишка")
    posts = [
        PostFactory(discussion=thread, author=participant, body="мой пост"),
        PostFactory(discussion=thread, author=ProfileFactory(display_name="Мария").user, body="първи чужд"),
        PostFactory(discussion=thread, author=ProfileFactory(display_name="Jane Doe").user, body="втори чужд"),
    ]
    url = f"/{language}{thread.get_absolute_url()[3:]}"

    html = page(signed_in(participant), url)

    # Rendered once per state for the page (forum.caching.post_actions): each post's links still carry its own
    # number, and "reply to" its own author, marked in her language.
    actions = re.findall(r'<ul class="forum-post__actions">(.*?)</ul>', html, re.S)
    assert len(actions) == 3
    for post, html_of_actions in zip(posts, actions, strict=True):
        assert f"?reply_to={post.pk}#reply-form" in html_of_actions
        numbers = set(re.findall(r"/forum/posts/(\d+)/", html_of_actions)) | set(
            re.findall(r"reply_to=(\d+)", html_of_actions)
        )
        assert numbers == {str(post.pk)}
    assert f"/forum/posts/{posts[0].pk}/edit/" in actions[0] and "/flag/" not in actions[0]
    assert "/edit/" not in actions[1] and f"/forum/posts/{posts[1].pk}/flag/" in actions[1]
    marked_english = '<span lang="en">Jane Doe</span>' if language == "bg" else "Jane Doe</span>"
    assert marked_english in actions[2]
    assert "Мария" in actions[1] and "Jane Doe" not in actions[1]


def test_a_post_numbered_above_999_keeps_its_number_in_links_on_english_pages(participant):
    thread = ThreadFactory(title="Нишка")
    PostFactory(pk=12345, discussion=thread, body="пост")

    html = page(signed_in(participant), f"/en{thread.get_absolute_url()[3:]}")

    assert 'id="post-12345"' in html and "?reply_to=12345#reply-form" in html
    assert "12,345" not in html


def test_a_reply_from_a_page_served_from_the_shared_fragment_is_accepted(
    participant, thread_of_two, django_capture_on_commit_callbacks
):
    thread, _own, _other = thread_of_two
    page(signed_in(VerifiedUserFactory()), thread.get_absolute_url())  # someone else warms it
    reader = signed_in(participant, enforce_csrf_checks=True)

    token = TOKEN.search(page(reader, thread.get_absolute_url())).group(1)
    with django_capture_on_commit_callbacks(execute=True):
        response = reader.post(
            f"/bg/forum/threads/{thread.pk}/reply/",
            {"csrfmiddlewaretoken": token, "body": "Отговор от кеша", "language": "bg"},
        )

    assert response.status_code == 302
    assert "Отговор от кеша" in page(signed_in(VerifiedUserFactory()), thread.get_absolute_url())


def test_bulgarian_fragment_never_served_on_english_page(participant, thread_of_two):
    thread, _own, _other = thread_of_two
    reader = signed_in(participant)

    page(reader, thread.get_absolute_url())
    english = page(signed_in(VerifiedUserFactory()), thread.get_absolute_url().replace("/bg/", "/en/"))

    assert ">Report</a>" in english and "Reply" in english
    assert "Подайте сигнал" not in english and "Отговор" not in english


def test_a_post_hidden_by_a_moderator_leaves_the_warm_fragment(
    participant, moderator, thread_of_two, django_capture_on_commit_callbacks
):
    thread, _own, other = thread_of_two
    reader = signed_in(participant)
    assert "чужд пост" in page(reader, thread.get_absolute_url())

    with django_capture_on_commit_callbacks(execute=True):
        services.hide_post(post=other, moderator=moderator, reason="spam")

    assert "чужд пост" not in page(reader, thread.get_absolute_url())
    assert "чужд пост" not in page(Client(), thread.get_absolute_url())


def test_a_comment_on_one_film_retires_that_films_posts_only(
    participant, django_capture_on_commit_callbacks, django_assert_num_queries
):
    commented, untouched = FilmFactory(), FilmFactory()
    reader = signed_in(VerifiedUserFactory())
    for film in (commented, untouched):
        page(reader, film.get_absolute_url())
    versions_before = {film: discussion_posts.version_of(target_key(film)).current() for film in (commented, untouched)}
    everything_before = discussion_posts.everything.current()

    with django_capture_on_commit_callbacks(execute=True):
        services.create_comment(target=commented, author=participant, body="Нов коментар")

    assert discussion_posts.version_of(target_key(commented)).current() != versions_before[commented]
    assert discussion_posts.version_of(target_key(untouched)).current() == versions_before[untouched]
    assert discussion_posts.everything.current() == everything_before
    assert "Нов коментар" in page(reader, commented.get_absolute_url())


@pytest.mark.parametrize("language", ["bg", "en"])
def test_stars_in_the_shared_programme_are_each_visitors_own(participant, language, django_capture_on_commit_callbacks):
    event = build_programme(6)
    mine, theirs = list(event.sessions.order_by("start", "pk")[:2])
    other = VerifiedUserFactory()
    StarredSession.objects.create(user=participant, session=mine)
    StarredSession.objects.create(user=other, session=theirs)
    url = f"/{language}{programme_url(event)[3:]}"

    page_a = page(signed_in(participant), url)  # warms the grid
    page_b = page(signed_in(other), url)
    anonymous = page(Client(), url)

    assert starred_anchors(page_a) == [mine.anchor]
    assert starred_anchors(page_b) == [theirs.anchor]
    assert "star-form" not in anonymous and not TOKEN.findall(anonymous)


STAR = re.compile(
    r'<form class="star-form" method="post"\s+action="([^"]+)" data-star-form>\s*'
    r'<input type="hidden" name="csrfmiddlewaretoken" value="([^"]+)">'
    r'<input type="hidden" name="next" value="[^"#]+#([\w-]+)">'
    r'\s*<button type="submit" class="star" aria-pressed="(true|false)"'
)


@pytest.mark.parametrize("language", ["bg", "en"])
def test_each_star_in_the_grid_posts_for_its_own_session_and_returns_to_it(participant, language):
    event = build_programme(12)
    sessions = list(event.sessions.order_by("start", "pk"))
    StarredSession.objects.create(user=participant, session=sessions[3])
    reader = signed_in(participant)
    url = f"/{language}{programme_url(event)[3:]}"

    html = page(reader, url)
    stars = STAR.findall(html)

    # Rendered once per state for the grid (events.caching.programme_star): each star still has its own address,
    # anchor and state, with the reader's CSRF token, in the page's language.
    assert [(action, anchor) for action, _, anchor, _ in stars] == [
        (f"/{language}{reverse('events:session-star', kwargs={'slug': event.slug, 'pk': s.pk})[3:]}", s.anchor)
        for s in sessions
    ]
    assert [pressed for *_, pressed in stars] == ["true" if s == sessions[3] else "false" for s in sessions]
    assert {token for _, token, _, _ in stars} == set(TOKEN.findall(html)[:1])
    label = {"bg": "Добави в моята програма", "en": "Add to my programme"}[language]
    assert html.count(f'<span class="star__label">{label}</span>') == len(sessions) - 1
    response = reader.post(stars[5][0], {"csrfmiddlewaretoken": stars[5][1], "next": f"{url}#{stars[5][2]}"})
    assert response.status_code == 302
    assert set(participant.starred_sessions.values_list("session", flat=True)) == {sessions[3].pk, sessions[5].pk}


def starred_anchors(html):
    """The sessions shown starred, by anchor (the star's form returns to `#anchor`)."""
    return re.findall(r'#([\w-]+)">\s*<button type="submit" class="star" aria-pressed="true"', html)


def test_a_programme_change_retires_its_own_events_grid_only(django_capture_on_commit_callbacks):
    changed, untouched = build_programme(2), build_programme(2)
    before = {event: programme_grid.version_of(event.pk).current() for event in (changed, untouched)}

    with django_capture_on_commit_callbacks(execute=True):
        session = changed.sessions.first()
        session.title_bg = "Нова тема"
        session.save()

    assert programme_grid.version_of(changed.pk).current() != before[changed]
    assert programme_grid.version_of(untouched.pk).current() == before[untouched]
    assert "Нова тема" in page(signed_in(VerifiedUserFactory()), programme_url(changed))


def test_the_follow_button_and_start_moment_in_a_shared_film_page_are_each_requests_own(participant):
    film = FilmFactory()
    follow(user=participant, target=film)

    follower = page(signed_in(participant), f"{film.get_absolute_url()}?t=42")  # warms the body
    other = page(signed_in(VerifiedUserFactory()), film.get_absolute_url())
    anonymous = page(Client(), film.get_absolute_url())

    assert 'name="follow" value="0"' in follower and 'data-start-seconds="42"' in follower
    assert 'name="follow" value="1"' in other and 'data-start-seconds="0"' in other and "#t=42" not in other
    assert "follow-button" not in anonymous


def test_a_new_track_retires_its_own_films_body_only(django_capture_on_commit_callbacks):
    changed, untouched = FilmFactory(), FilmFactory()
    reader = signed_in(VerifiedUserFactory())
    for film in (changed, untouched):
        page(reader, film.get_absolute_url())
    before = {film: film_body.version_of(film.pk).current() for film in (changed, untouched)}

    with django_capture_on_commit_callbacks(execute=True):
        SubtitleTrackFactory(film=changed, language="pt")

    assert film_body.version_of(changed.pk).current() != before[changed]
    assert film_body.version_of(untouched.pk).current() == before[untouched]
    assert "?language=pt" in page(reader, changed.get_absolute_url())


@pytest.mark.parametrize(
    ("factory", "body", "field", "text"),
    [
        (PracticeFactory, practice_body, "summary_bg", "Ново резюме"),
        (NewsPostFactory, news_post_body, "body_bg", "Нов текст на новината"),
    ],
)
def test_a_moderators_edit_of_one_object_retires_its_own_body_only(
    participant, django_capture_on_commit_callbacks, factory, body, field, text
):
    edited, untouched = factory(), factory()
    follow(user=participant, target=edited)
    reader = signed_in(participant)
    for obj in (edited, untouched):
        page(reader, obj.get_absolute_url())
    before = {obj: body.version_of(obj.pk).current() for obj in (edited, untouched)}

    with django_capture_on_commit_callbacks(execute=True):
        setattr(edited, field, text)
        edited.save()

    assert body.version_of(edited.pk).current() != before[edited]
    assert body.version_of(untouched.pk).current() == before[untouched]
    assert text in page(reader, edited.get_absolute_url())
    # The follow button in the shared body is each reader's own.
    assert 'name="follow" value="0"' in page(reader, edited.get_absolute_url())
    assert 'name="follow" value="1"' in page(signed_in(VerifiedUserFactory()), edited.get_absolute_url())


@pytest.mark.parametrize(
    ("url", "area", "factory"),
    [
        ("/bg/practices/", practice_pages, PracticeFactory),
        ("/bg/news/", news_pages, NewsPostFactory),
        ("/bg/", home_pages, NewsPostFactory),
    ],
)
def test_a_list_fragment_is_retired_by_what_retires_its_anonymous_page(
    participant, django_capture_on_commit_callbacks, url, area, factory
):
    factory(title_bg="Първо заглавие")
    reader = signed_in(participant)
    assert "Първо заглавие" in page(reader, url)
    before = area.current()

    with django_capture_on_commit_callbacks(execute=True):
        factory(title_bg="Прясно заглавие")

    assert area.current() != before
    html = page(reader, url)
    assert "Прясно заглавие" in html
    assert "Първо заглавие" in html
    # The page around the shared part is still the reader's own.
    assert reverse("account_logout") in html
