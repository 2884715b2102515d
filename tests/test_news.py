import re
from datetime import datetime, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from core.enums import PublicationStatus
from forum.services import open_discussion
from tests.factories.forum import PostFactory as ForumPostFactory
from tests.factories.portal import PostFactory, ProfileFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["bg", "en"])
def test_list_shows_published_news_in_the_page_language(client, language):
    PostFactory(title_bg="Семинар в Благоевград", title_en="Seminar in Blagoevgrad")

    html = client.get(f"/{language}/news/").content.decode()

    assert ("Семинар в Благоевград" if language == "bg" else "Seminar in Blagoevgrad") in html


def test_list_hides_drafts_and_posts_scheduled_for_later(client):
    PostFactory(title_en="Visible")
    PostFactory(title_en="Secret draft", status=PublicationStatus.DRAFT)
    PostFactory(title_en="Tomorrow's post", published_at=timezone.now() + timedelta(days=1))

    html = client.get("/en/news/").content.decode()

    assert "Visible" in html
    assert "Secret draft" not in html
    assert "Tomorrow" not in html


def test_draft_detail_is_not_found(client):
    draft = PostFactory(status=PublicationStatus.DRAFT)

    assert client.get(f"/en/news/{draft.slug}/").status_code == 404


@pytest.mark.parametrize(("language", "text"), [("bg", "<strong>новината</strong>"), ("en", "<strong>news</strong>")])
def test_detail_renders_markdown_in_the_page_language(client, language, text):
    post = PostFactory()

    html = client.get(f"/{language}/news/{post.slug}/").content.decode()

    assert text in html


def test_detail_sanitises_the_body(client):
    post = PostFactory(body_en='Hello <script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror="y">')

    html = client.get(f"/en/news/{post.slug}/").content.decode()

    assert "<script>alert" not in html
    assert "javascript:" not in html
    assert "<img src=x" not in html
    assert "&lt;script&gt;" in html


def test_detail_says_when_the_english_text_is_missing(client):
    post = PostFactory(body_en="", title_en="")

    html = client.get(f"/en/news/{post.slug}/").content.decode()

    assert "has not been translated into this language yet" in html
    assert post.title_bg in html


def test_atom_feed_lists_published_posts_in_the_url_language(client):
    PostFactory(title_bg="Обучение в Слънчев бряг", title_en="Training in Sunny Beach")
    PostFactory(title_en="Draft", status=PublicationStatus.DRAFT)

    response = client.get(reverse("news:feed"))
    english = client.get("/en/news/feed/").content.decode()

    assert response["Content-Type"].startswith("application/atom+xml")
    assert "Обучение в Слънчев бряг" in response.content.decode()
    assert "Training in Sunny Beach" in english
    assert "Draft" not in english


@pytest.mark.parametrize("size", [2, 15])
def test_list_query_count_does_not_grow_with_posts(client, django_assert_num_queries, size):
    for post in PostFactory.create_batch(size, author=ProfileFactory().user):
        post.tags.add("ESF", f"tag {post.pk}")

    # site settings, count, page with the authors, the page's tags
    with django_assert_num_queries(4):
        client.get(reverse("news:post-list"))


@pytest.mark.parametrize("body_size", [1, 50])
def test_detail_query_count_is_constant(client, django_assert_num_queries, body_size):
    post = PostFactory(body_en="Paragraph.\n\n" * body_size, author=ProfileFactory().user)
    post.tags.add(*[f"tag {number}" for number in range(body_size)])

    # site settings, the post with its author, its tags, the discussion under the page (forum comments)
    with django_assert_num_queries(4):
        client.get(f"/en/news/{post.slug}/")


@pytest.mark.parametrize(("language", "expected"), [("bg", "7 септември 2018 г."), ("en", "7 September 2018")])
def test_dates_are_written_the_way_each_language_writes_them(client, language, expected):
    PostFactory(published_at=timezone.make_aware(datetime(2018, 9, 7, 10, 0)))

    html = client.get(f"/{language}/news/").content.decode()

    assert expected in html


@pytest.mark.parametrize(("language", "label"), [("bg", "Автор"), ("en", "Author")])
def test_news_page_and_card_name_the_author_with_a_link_to_the_profile(client, language, label):
    author = ProfileFactory(display_name="Мария Петрова")
    post = PostFactory(author=author.user)

    with translation.override(language):
        pages = [client.get(post.get_absolute_url()), client.get(reverse("news:post-list"))]
        name = "Мария Петрова" if language == "bg" else '<span lang="bg">Мария Петрова</span>'
        link = f'{label}: <a rel="author" href="{author.get_absolute_url()}">{name}</a>'
    assert all(link in page.content.decode() for page in pages)


def test_author_without_a_profile_is_not_named(client):
    post = PostFactory(author=UserFactory(username="editor-without-profile"))

    html = client.get(f"/en/news/{post.slug}/").content.decode()

    assert 'rel="author"' not in html
    assert "editor-without-profile" not in html


@pytest.mark.parametrize("language", ["bg", "en"])
def test_news_page_and_card_list_the_tags(client, language):
    post = PostFactory()
    post.tags.add("ЕСФ", "заетост")
    PostFactory(title_en="Untagged")

    with translation.override(language):
        pages = [client.get(post.get_absolute_url()), client.get(reverse("news:post-list"))]

    for page in pages:
        html = page.content.decode()
        assert re.search(r'<p class="visually-hidden">[^<]+</p>\s*<ul class="tags">', html)
        links = re.findall(r'<li><a href="/\w\w/news/\?tag=([^"]+)">(.+?)</a></li>', html)
        # The tags have only Bulgarian names: English pages mark them so.
        names = (
            ["ЕСФ", "заетост"] if language == "bg" else ['<span lang="bg">ЕСФ</span>', '<span lang="bg">заетост</span>']
        )
        assert links == [("esf", names[0]), ("zaetost", names[1])]
        assert html.count('<ul class="tags"') == 1  # the untagged post shows no empty list


def test_moderator_tags_a_news_post_in_the_admin(moderator_client):
    post = PostFactory(title_bg="Семинар", title_en="Seminar", slug="seminar")
    data = {
        "title_bg": "Семинар",
        "title_en": "Seminar",
        "slug": "seminar",
        "status": post.status,
        "published_at_0": "18.03.2027",
        "published_at_1": "10:00",
        "summary_bg": "Резюме.",
        "summary_en": "Summary.",
        "body_bg": "Текст.",
        "body_en": "Text.",
        "tags": "ЕСФ, заетост",
    }

    response = moderator_client.post(reverse("admin:news_newspost_change", args=[post.pk]), data)

    assert response.status_code == 302
    assert sorted(post.tags.names()) == ["ЕСФ", "заетост"]


@pytest.mark.parametrize("language", ["bg", "en"])
def test_a_tag_link_lists_the_news_with_that_tag_and_offers_its_feed(client, language):
    PostFactory(title_bg="С етикет", title_en="Tagged").tags.add("заетост")
    PostFactory(title_bg="Без етикет", title_en="Untagged")

    response = client.get(f"/{language}/news/", {"tag": "zaetost"})  # the tag's slug, transliterated once

    assert [post.title for post in response.context["posts"]] == ["С етикет" if language == "bg" else "Tagged"]
    html = response.content.decode()
    assert f'href="/{language}/news/tags/zaetost/feed/rss/"' in html


@pytest.mark.parametrize("comments", [0, 12])
def test_signed_in_news_post_reads_only_the_visitor_once_its_body_is_warm(
    client, django_assert_num_queries, participant, comments
):
    post = PostFactory(author=ProfileFactory().user)
    post.tags.add("ESF", "Заетост")
    for _ in range(comments):
        ForumPostFactory(discussion=open_discussion(content_object=post))
    client.force_login(participant)

    # Cold: the visitor and their personal facts, the post with its author, its tags, the discussion under it and
    # its posts (when it has one), the site settings.
    with django_assert_num_queries(7 if comments else 6):
        client.get(post.get_absolute_url())
    # Warm: the post (the reader comes from the cache; the text, tags and comments are shared fragments).
    with django_assert_num_queries(1):
        response = client.get(post.get_absolute_url())
    html = response.content.decode()
    assert "Заетост" in html and html.count('<article class="forum-post') == comments


@pytest.mark.parametrize("size", [2, 15])
def test_signed_in_news_list_reads_only_the_visitor_once_its_fragment_is_warm(
    client, django_assert_num_queries, participant, size
):
    for post in PostFactory.create_batch(size, author=ProfileFactory().user):
        post.tags.add("ESF", f"tag {post.pk}")
    client.force_login(participant)

    # Cold: the visitor and their personal facts, then the list as an anonymous reader reads it.
    with django_assert_num_queries(6):
        client.get(reverse("news:post-list"), {"page": "1"})
    # Warm: nothing; the visitor comes from the cache, the list is the shared fragment news-list.
    with django_assert_num_queries(0):
        response = client.get(reverse("news:post-list"), {"page": "1"})
    assert response.content.decode().count('<li class="card">') == min(size, 10)
