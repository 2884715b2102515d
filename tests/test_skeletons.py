"""Page skeletons (core.skeletons): a signed-in page is the shared page with the reader's own parts filled in.

For each page served that way, one reader warms the skeleton and another reads it: what the second gets is exactly
what a whole render for them would have been (CSRF tokens aside, which differ on every render), and nothing of the
first reader's is in it.
"""

import re

import pytest
from django.template import Context, Template
from django.test import Client
from django.urls import reverse

from core import skeletons
from core.fragments import NotShareable
from events.models import StarredSession
from forum import services
from tests.factories.films import FilmFactory, SubtitleTrackFactory
from tests.factories.forum import PostFactory, ThreadFactory
from tests.factories.portal import PostFactory as NewsPostFactory
from tests.factories.portal import ProfileFactory, VerifiedUserFactory
from tests.factories.practices import PracticeFactory
from tests.test_programme import build_programme, programme_url

pytestmark = pytest.mark.django_db

# Made afresh for each render: the CSRF token, and the signed address of the reader's calendar of starred sessions.
FRESH = re.compile(r'(name="csrfmiddlewaretoken" value="|/my-programme/)[^"]+"')
EDIT_LINK = re.compile(r"/bg/forum/posts/\d+/edit/")


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response


def without_tokens(response):
    return FRESH.sub(r'\1…"', response.content.decode())


@pytest.fixture
def pages(participant):
    return signed_in_pages(participant)


def signed_in_pages(participant):
    """One address of each page served through a skeleton, with something of the participant's on each."""
    practice = PracticeFactory(title_bg="Кооперация за грижа")
    film = FilmFactory(title_bg="Филм за съседство")
    SubtitleTrackFactory(film=film)
    services.create_comment(target=film, author=participant, body="мой коментар под филма")
    thread = ThreadFactory(title="Нишка за доброволци")
    PostFactory(discussion=thread, author=participant, body="мой пост")
    PostFactory(discussion=thread, body="чужд пост")
    event = build_programme(6)
    StarredSession.objects.create(user=participant, session=event.sessions.order_by("start", "pk").first())
    NewsPostFactory()
    return {
        "home": "/bg/",
        "practice list": "/bg/practices/",
        "practice page": practice.get_absolute_url(),
        "film page": film.get_absolute_url(),
        "thread": thread.get_absolute_url(),
        "programme": programme_url(event),
        "news list": "/en/news/",
    }


PAGES = ["home", "practice list", "practice page", "film page", "thread", "programme", "news list"]


def in_language(url, language):
    return f"/{language}/{url[4:]}"


@pytest.mark.parametrize("language", ["bg", "en"])
@pytest.mark.parametrize("name", PAGES)
def test_a_page_from_anothers_skeleton_is_what_a_whole_render_gives(pages, participant, name, language, monkeypatch):
    url = in_language(pages[name], language)
    first, second = signed_in(participant), signed_in(ProfileFactory(display_name="Бойка Петрова").user)

    warmed = get(first, url)
    served = get(second, url)
    assert (warmed.skeleton, served.skeleton) == ("rendered", "kept")

    monkeypatch.setattr(skeletons, "render", lambda area, request, response: None)
    whole = get(second, url)
    assert not hasattr(whole, "skeleton")
    assert without_tokens(served) == without_tokens(whole)
    assert "Бойка Петрова" in served.content.decode() and "Бойка Петрова" not in warmed.content.decode()


def test_a_moderators_tools_stay_on_the_moderators_thread_page(pages, moderator, participant):
    url = pages["thread"]
    moderators_page = get(signed_in(moderator), url)
    participants_page = get(signed_in(participant), url)
    moderators_page_again = get(signed_in(moderator), url)

    moderate = reverse("forum:thread-moderate", args=[moderators_page.context["thread"].pk])
    assert (moderators_page.skeleton, participants_page.skeleton) == ("rendered", "kept")
    assert moderate in moderators_page.content.decode() and moderate in moderators_page_again.content.decode()
    assert moderate not in participants_page.content.decode()


@pytest.mark.parametrize(
    ("language", "said"),
    [("bg", "Вече следите това."), ("en", "You are following this.")],
)
def test_a_message_reaches_a_page_served_from_its_skeleton_once(pages, participant, language, said):
    url = in_language(pages["practice page"], language)
    get(signed_in(ProfileFactory().user), url)  # someone else's visit keeps the skeleton
    reader = signed_in(participant)
    practice = get(reader, url).context["practice"]
    toggle = reverse(
        "forum:follow-toggle", kwargs={"app_label": "practices", "model_name": "practice", "object_id": practice.pk}
    )

    landed = reader.post(toggle, {"follow": "1", "next": url}, follow=True)
    again = get(reader, url)

    assert landed.status_code == 200 and landed.skeleton == "kept"
    assert said in landed.content.decode() and 'class="message message--success"' in landed.content.decode()
    assert said not in again.content.decode()


def test_a_new_comment_reaches_the_signed_in_page_at_once(pages, participant, django_capture_on_commit_callbacks):
    url = pages["film page"]
    reader = signed_in(ProfileFactory().user)
    assert get(reader, url).skeleton == "rendered"
    film = get(reader, url).context["film"]
    assert get(reader, url).skeleton == "remembered"

    with django_capture_on_commit_callbacks(execute=True):
        services.create_comment(target=film, author=participant, body="Нов коментар под филма")

    after = get(reader, url)
    assert after.skeleton == "rendered" and "Нов коментар под филма" in after.content.decode()


@pytest.mark.parametrize("page", ["film page", "practice page", "thread"])
def test_a_reader_who_writes_for_the_first_time_gets_the_edit_link_on_the_next_page(
    pages, page, django_capture_on_commit_callbacks
):
    """A reader's own posts are remembered (forum.own_posts): their first post there must not be missed."""
    url = pages[page]
    user = VerifiedUserFactory()
    reader = signed_in(user)
    assert get(reader, url).skeleton == "rendered"
    before = get(reader, url)
    assert not EDIT_LINK.search(before.content.decode())
    context = before.context

    with django_capture_on_commit_callbacks(execute=True):
        if page == "thread":
            post = services.create_post(discussion=context["thread"], author=user, body="Първият ми отговор")
        else:
            post = services.create_comment(target=context["object"], author=user, body="Първият ми коментар")

    after = get(reader, url).content.decode()
    assert EDIT_LINK.findall(after) == [reverse("forum:post-edit", kwargs={"pk": post.pk})]


@pytest.mark.parametrize(
    "source",
    [
        "{% if user.is_authenticated %}signed in{% endif %}",
        "{{ request.user.pk }}",
        "{% if perms.practices.change_practice %}edit{% endif %}",
        "{{ user }}",
    ],
)
def test_a_template_looking_at_its_visitor_outside_a_slot_is_not_shareable(source):
    visitor = skeletons.Unseen("user")
    request = type("Request", (), {"user": visitor})()
    context = Context({"user": visitor, "request": request, "perms": skeletons.Unseen("perms")})

    with pytest.raises(NotShareable):
        Template(source).render(context)
