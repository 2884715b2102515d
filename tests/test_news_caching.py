"""The news list and news pages are served to anonymous readers from the page cache (news/caching.py), retired by
news/receivers.py: a new or edited post shows on the next request, in both languages."""

import pytest

from core.enums import PublicationStatus
from core.tags import Tag
from forum import services as forum_services
from tests.factories.portal import PostFactory, VerifiedUserFactory

pytestmark = pytest.mark.django_db

LANGUAGES = ["bg", "en"]


def title(post, language):
    return post.title_bg if language == "bg" else post.title_en


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_cached_news_page_costs_no_query(client, django_assert_num_queries, language):
    post = PostFactory()
    client.get(f"/{language}/news/")
    client.get(f"/{language}/news/{post.slug}/")

    with django_assert_num_queries(0):
        listed = client.get(f"/{language}/news/").content.decode()
        page = client.get(f"/{language}/news/{post.slug}/").content.decode()

    assert title(post, language) in listed
    assert title(post, language) in page


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_new_post_shows_in_the_cached_list(client, django_capture_on_commit_callbacks, language):
    PostFactory()
    client.get(f"/{language}/news/")

    with django_capture_on_commit_callbacks(execute=True):
        fresh = PostFactory(title_bg="Прясна новина", title_en="Fresh news")

    assert title(fresh, language) in client.get(f"/{language}/news/").content.decode()


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_edited_post_shows_on_its_page_and_in_the_list(client, django_capture_on_commit_callbacks, language):
    post = PostFactory(title_bg="Първо заглавие", title_en="First title")
    client.get(f"/{language}/news/")
    client.get(f"/{language}/news/{post.slug}/")

    with django_capture_on_commit_callbacks(execute=True):
        post.title_bg, post.title_en = "Поправено заглавие", "Corrected title"
        post.save()

    for path in (f"/{language}/news/", f"/{language}/news/{post.slug}/"):
        html = client.get(path).content.decode()
        assert title(post, language) in html
        assert ("Първо заглавие" if language == "bg" else "First title") not in html


def test_an_unpublished_post_leaves_the_cached_pages(client, django_capture_on_commit_callbacks):
    post = PostFactory(title_en="Withdrawn soon")
    client.get("/en/news/")
    client.get(f"/en/news/{post.slug}/")

    with django_capture_on_commit_callbacks(execute=True):
        post.status = PublicationStatus.DRAFT
        post.save()

    assert "Withdrawn soon" not in client.get("/en/news/").content.decode()
    assert client.get(f"/en/news/{post.slug}/").status_code == 404


def test_a_signed_in_reader_is_not_served_the_anonymous_copy(client, participant):
    post = PostFactory()
    client.get(f"/bg/news/{post.slug}/")
    client.force_login(participant)

    html = client.get(f"/bg/news/{post.slug}/").content.decode()

    assert 'name="csrfmiddlewaretoken"' in html  # the sign-out form of the personal header


def test_a_renamed_tag_shows_on_the_cached_news_page(client, django_capture_on_commit_callbacks):
    post = PostFactory()
    with django_capture_on_commit_callbacks(execute=True):
        post.tags.set(["заетост"])
    assert "employment" not in client.get(f"/en/news/{post.slug}/").content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        tag = Tag.objects.get(slug="zaetost")
        tag.name_en = "employment"
        tag.save()

    assert "employment" in client.get(f"/en/news/{post.slug}/").content.decode()


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_comment_shows_on_the_cached_news_page(client, django_capture_on_commit_callbacks, language):
    post = PostFactory()
    author = VerifiedUserFactory()
    client.get(f"/{language}/news/{post.slug}/")

    with django_capture_on_commit_callbacks(execute=True):
        forum_services.create_comment(target=post, author=author, body="Коментар под новината")

    assert "Коментар под новината" in client.get(f"/{language}/news/{post.slug}/").content.decode()
