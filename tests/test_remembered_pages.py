"""A signed-in reader's page, remembered (core.remembered_pages): their next visit to the same address is served
from what their slots showed, without running the view, and only while nothing it was made from has changed."""

import re
import time
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.core.cache.backends import locmem
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from core import immutable, remembered_pages, roles, skeletons
from events import services as event_services
from events.models import Session, StarredSession
from films.models import Film
from forum.conf import edit_window
from forum.models import Discussion, Notification, Post
from practices.models import Practice
from tests.factories.forum import PostFactory, reply_notification
from tests.factories.portal import ProfileFactory
from tests.factories.practices import PracticeFactory
from tests.test_skeletons import get, in_language, signed_in, signed_in_pages, without_tokens

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(participant):
    return signed_in_pages(participant)


REMEMBERED = ["home", "practice list", "practice page", "film page", "thread", "programme", "news list"]
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def last_part(url):
    """The slug or number an address ends with."""
    return url.strip("/").split("/")[-1]


def until_remembered(client, url):
    """Visit `url` until the page comes from memory (the first visits compute and keep what is remembered about
    the reader); at most three visits."""
    for _visit in range(3):
        response = get(client, url)
        if response.skeleton == "remembered":
            return response
    raise AssertionError(f"{url} was never served from memory: {response.skeleton}")


@pytest.mark.parametrize("language", ["bg", "en"])
@pytest.mark.parametrize("name", REMEMBERED)
def test_a_remembered_page_is_what_a_whole_render_gives(pages, name, language, monkeypatch):
    url = in_language(pages[name], language)
    user = ProfileFactory(display_name="Бойка Петрова").user
    StarredSession.objects.create(user=user, session=Session.objects.order_by("start", "pk").last())
    reader = signed_in(user)

    remembered = until_remembered(reader, url)

    monkeypatch.setattr(skeletons, "render", lambda area, request, response: None)
    monkeypatch.setattr(remembered_pages, "serve", lambda *args: None)
    whole = get(reader, url)
    assert without_tokens(remembered) == without_tokens(whole)
    assert "Бойка Петрова" in remembered.content.decode()


class LaterClock:
    """`time.time` for the test cache's expiry checks, `seconds` ahead of the real one."""

    def __init__(self, seconds):
        self.seconds = seconds

    def time(self):
        return time.time() + self.seconds


def test_a_page_the_reader_wrote_on_is_remembered_no_longer_than_their_edit_link_holds(pages, participant, monkeypatch):
    """Their comment's edit link shows while its edit window is open: 20 seconds before it closes, the page is
    remembered for at most those 20 seconds (its skeleton is kept for longer), so once the window has closed the
    next visit shows no edit link."""
    url = pages["film page"]
    comment = Post.objects.get(author=participant, discussion__object_id=Film.objects.get(slug=last_part(url)).pk)
    Post.objects.filter(pk=comment.pk).update(created_at=timezone.now() - edit_window() + timedelta(seconds=20))
    edit_link = reverse("forum:post-edit", args=[comment.pk])
    reader = signed_in(participant)

    remembered = until_remembered(reader, url)
    real_now = timezone.now
    monkeypatch.setattr(timezone, "now", lambda: real_now() + timedelta(seconds=21))
    monkeypatch.setattr(locmem, "time", LaterClock(21))
    closed = get(reader, url)

    assert edit_link in remembered.content.decode()
    assert closed.skeleton == "kept" and edit_link not in closed.content.decode()


@pytest.mark.parametrize("name", ["film page", "thread"])
def test_a_remembered_page_takes_one_cache_round_trip(pages, participant, monkeypatch, name):
    """One read brings the session, the skeleton, the reader's slots, the reader with what is kept about them and
    the versions the page depends on: the worker remembers whom the session was signed in as."""
    reader = signed_in(participant)
    until_remembered(reader, pages[name])
    reads = []
    for method in ("get", "get_many"):
        monkeypatch.setattr(cache, method, CountedRead(getattr(cache, method), reads))

    remembered = get(reader, pages[name])

    assert remembered.skeleton == "remembered" and len(reads) == 1


def test_a_wrong_guess_of_the_sessions_reader_costs_a_round_trip_not_the_page(pages, participant, monkeypatch):
    """Should the worker's memory of a session name someone else, the session read with the page says who it is:
    the reader still gets their own page, for one more cache read."""
    other = signed_in(ProfileFactory(display_name="Друг Човек").user)
    until_remembered(other, pages["practice page"])
    reader = signed_in(participant)
    until_remembered(reader, pages["practice page"])
    session_key = reader.cookies["sessionid"].value
    other_id = other.session["_auth_user_id"]
    monkeypatch.setitem(skeletons._readers_seen, session_key, str(other_id))
    reads = []
    for method in ("get", "get_many"):
        monkeypatch.setattr(cache, method, CountedRead(getattr(cache, method), reads))

    page = get(reader, pages["practice page"])

    assert page.skeleton == "remembered" and len(reads) == 2
    assert "Друг Човек" not in page.content.decode()
    assert skeletons._readers_seen[session_key] == str(participant.pk)


def test_a_worker_that_has_not_read_the_pages_parts_reads_them_once(pages, participant, monkeypatch):
    """Another worker, which keeps no part of the page yet (core.immutable), serves the same remembered page: it reads
    the skeleton's body and the reader's fills from the shared cache with one more round trip, and only once."""
    reader = signed_in(participant)
    first = until_remembered(reader, pages["programme"])
    monkeypatch.setattr(immutable, "_kept", {})
    reads = []
    for method in ("get", "get_many"):
        monkeypatch.setattr(cache, method, CountedRead(getattr(cache, method), reads))

    elsewhere, again = get(reader, pages["programme"]), get(reader, pages["programme"])

    assert (elsewhere.skeleton, again.skeleton) == ("remembered", "remembered")
    assert len(reads) == 3
    assert without_tokens(elsewhere) == without_tokens(again) == without_tokens(first)


@pytest.mark.parametrize(("forgotten", "made"), [("body", "rendered"), ("fill", "kept")])
def test_a_part_the_shared_cache_forgot_makes_the_page_again(pages, participant, monkeypatch, forgotten, made):
    """A part evicted from the shared cache, on a worker that never read it, is a miss: the skeleton is rendered
    again (its body) or the reader's slots are filled again (a fill), and the page is whole."""
    reader = signed_in(participant)
    first = until_remembered(reader, pages["programme"])
    skeleton_key = first.wsgi_request.page_skeleton_key
    name = {
        "body": cache.get(skeleton_key).body,
        "fill": cache.get(remembered_pages.key(skeleton_key, participant.pk))["fills"][-1],
    }[forgotten]
    cache.delete(name)
    monkeypatch.setattr(immutable, "_kept", {})

    again = get(reader, pages["programme"])

    assert again.skeleton == made
    assert without_tokens(again) == without_tokens(first)
    assert get(reader, pages["programme"]).skeleton == "remembered"


class CountedRead:
    """A cache read that notes each call from outside the cache (the test cache's get_many calls its get)."""

    inside = False

    def __init__(self, read, reads):
        self.read, self.reads = read, reads

    def __call__(self, *args, **kwargs):
        if CountedRead.inside:
            return self.read(*args, **kwargs)
        self.reads.append(args)
        CountedRead.inside = True
        try:
            return self.read(*args, **kwargs)
        finally:
            CountedRead.inside = False


def test_two_readers_interleaved_each_get_their_own_page(pages):
    url = pages["practice page"]
    boyka = signed_in(ProfileFactory(display_name="Бойка Петрова").user)
    ivan = signed_in(ProfileFactory(display_name="Иван Колев").user)
    until_remembered(boyka, url)
    until_remembered(ivan, url)

    for _round in range(2):
        hers, his = get(boyka, url), get(ivan, url)
        assert (hers.skeleton, his.skeleton) == ("remembered", "remembered")
        assert "Бойка Петрова" in hers.content.decode() and "Иван Колев" not in hers.content.decode()
        assert "Иван Колев" in his.content.decode() and "Бойка Петрова" not in his.content.decode()


def test_a_remembered_page_carries_a_fresh_csrf_token_the_site_accepts(pages, participant):
    url = pages["practice page"]
    reader = Client(enforce_csrf_checks=True)
    reader.force_login(participant)
    earlier = until_remembered(reader, url)

    remembered = get(reader, url)
    token = TOKEN.search(remembered.content.decode()).group(1)
    practice = Practice.objects.get(slug=last_part(url))
    follow = reverse(
        "forum:follow-toggle", kwargs={"app_label": "practices", "model_name": "practice", "object_id": practice.pk}
    )

    assert remembered.skeleton == "remembered"
    assert token != TOKEN.search(earlier.content.decode()).group(1)  # masked afresh, as every render does
    assert reader.post(follow, {"follow": "1", "next": url, "csrfmiddlewaretoken": token}).status_code == 302


def test_what_the_reader_does_shows_on_their_next_page(pages, participant, django_capture_on_commit_callbacks):
    """Each kind of write about the reader reaches their remembered page at once."""
    profile = ProfileFactory(user=participant, display_name="Мария Стара")
    reader = signed_in(participant)
    programme, practice_url = pages["programme"], pages["practice page"]
    before = until_remembered(reader, programme)
    starred_before = before.content.decode().count('aria-pressed="true"')
    unstarred = Session.objects.exclude(stars__user=participant).order_by("start", "pk").first()
    with django_capture_on_commit_callbacks(execute=True):
        event_services.toggle_star(user=participant, session=unstarred)
    starred = get(reader, programme)
    assert before.skeleton == "remembered" and starred.skeleton != "remembered"
    assert starred.content.decode().count('aria-pressed="true"') == starred_before + 1

    until_remembered(reader, practice_url)
    with django_capture_on_commit_callbacks(execute=True):
        reply_notification(participant, PostFactory())
    assert "(1 непрочетено)" in get(reader, practice_url).content.decode()

    until_remembered(reader, practice_url)
    with django_capture_on_commit_callbacks(execute=True):
        profile.display_name = "Мария Нова"
        profile.save()
    renamed = get(reader, practice_url).content.decode()
    assert "Мария Нова" in renamed and "Мария Стара" not in renamed

    until_remembered(reader, practice_url)
    with django_capture_on_commit_callbacks(execute=True):
        roles.assign_role(user=participant, role=roles.MODERATOR)
    assert reverse("admin:index") in get(reader, practice_url).content.decode()


def test_a_draft_an_editor_previews_is_never_remembered(moderator):
    draft = PracticeFactory(status="draft")
    editor = signed_in(moderator)

    visits = [get(editor, draft.get_absolute_url()).skeleton for _visit in range(4)]

    assert "remembered" not in visits and visits[-1] == "kept"


def test_a_thread_is_remembered_until_there_is_something_new_to_mark_read(
    pages, participant, django_capture_on_commit_callbacks
):
    """A visit with nothing new to mark read runs no query, so the thread is remembered; a new reply retires it, and
    the next visit shows the reply and marks the reader's notification of it read."""
    url = pages["thread"]
    reader = signed_in(participant)
    until_remembered(reader, url)
    with django_capture_on_commit_callbacks(execute=True):
        reply = PostFactory(discussion=Discussion.objects.get(pk=last_part(url)), body="нов отговор")
        reply_notification(participant, reply)

    shown = get(reader, url)

    assert shown.skeleton != "remembered" and "нов отговор" in shown.content.decode()
    assert not Notification.objects.unread().filter(recipient=participant).exists()
    assert until_remembered(reader, url).content.decode().count("нов отговор") == 1


@pytest.mark.parametrize(("language", "said"), [("bg", "Вече следите това."), ("en", "You are following this.")])
def test_a_message_waiting_for_the_reader_is_shown_once_not_from_memory(pages, language, said):
    url = in_language(pages["film page"], language)
    reader = signed_in(ProfileFactory().user)
    until_remembered(reader, url)
    before = get(reader, url)
    film = Film.objects.get(slug=last_part(url))
    toggle = reverse("forum:follow-toggle", kwargs={"app_label": "films", "model_name": "film", "object_id": film.pk})

    landed = reader.post(toggle, {"follow": "1", "next": url}, follow=True)
    again = get(reader, url)

    assert before.skeleton == "remembered" and landed.skeleton != "remembered"
    assert said in landed.content.decode() and said not in again.content.decode()
