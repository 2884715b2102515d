"""The forum's demo content: conference topics, bilingual threads, comments on the demo films and practices."""

import io

import pytest

from demo import forum as demo
from forum.models import Category, Discussion, Post
from tests.factories.films import FilmFactory

pytestmark = pytest.mark.django_db


def test_demo_load_twice_gives_the_same_forum():
    demo.load(stdout=io.StringIO())
    counts = (Category.objects.count(), Discussion.objects.threads().count(), Post.objects.count())

    demo.load(stdout=io.StringIO())

    assert counts == (5, 5, 11)
    assert (Category.objects.count(), Discussion.objects.threads().count(), Post.objects.count()) == counts
    thread = Discussion.objects.get(title__startswith="Общи екипи")
    assert (thread.post_count, thread.last_post.author.username) == (3, "fiona")
    assert Category.objects.get(slug="health-and-social-care").name_en == "Integration of health and social care"


def test_demo_comments_on_films_with_moments():
    FilmFactory(slug="young-and-old")
    out = io.StringIO()

    demo.load(stdout=out)

    film_comments = Discussion.objects.comments().get()
    assert sorted(film_comments.posts.values_list("anchor_seconds", flat=True)) == [12, 23]
    assert film_comments.post_count == 2
    assert "citta-sociale-campania" in out.getvalue()  # the films not loaded are named, not fatal


def test_demo_participants_may_post():
    from core.roles import user_can_post

    demo.load(stdout=io.StringIO())

    assert all(user_can_post(post.author) for post in Post.objects.select_related("author"))
