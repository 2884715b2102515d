"""Posts and comments record the language they are written in: chosen in the form (the page's by default), kept
when a post is refused, editable, read from the letters for older posts, and marked with `lang` on pages in the
other language."""

import importlib

import pytest
from django.apps import apps
from django.urls import reverse

from forum import services
from forum.models import Post
from tests.factories.forum import ThreadFactory
from tests.factories.portal import VerifiedUserFactory

pytestmark = pytest.mark.django_db

language_migration = importlib.import_module("forum.migrations.0006_post_and_thread_language")


def published_thread():
    thread = ThreadFactory()
    services.create_post(discussion=thread, author=VerifiedUserFactory(), body="Първата публикация.")
    return thread


def reply_url(thread, language):
    return reverse("forum:thread-reply", kwargs={"pk": thread.pk}).replace("/bg/", f"/{language}/", 1)


@pytest.mark.parametrize("language", ["bg", "en"])
def test_post_form_offers_the_page_language_first(client, language):
    thread = published_thread()
    client.force_login(VerifiedUserFactory())

    html = client.get(thread.get_absolute_url().replace("/bg/", f"/{language}/", 1)).content.decode()

    assert f'<option value="{language}" selected>' in html


def test_post_written_in_english_on_the_bulgarian_forum_is_marked_english(client):
    thread = ThreadFactory()
    client.force_login(VerifiedUserFactory())

    client.post(reply_url(thread, "bg"), {"body": "We tried joint visits too.", "language": "en"})
    html = client.get(thread.get_absolute_url()).content.decode()

    post = Post.objects.get(discussion=thread, body="We tried joint visits too.")
    assert post.language == "en"
    assert '<div class="forum-post__body" lang="en"><p>We tried joint visits too.</p>' in html


def test_post_in_the_page_language_carries_no_lang_of_its_own(client):
    thread = ThreadFactory()
    client.force_login(VerifiedUserFactory())

    client.post(reply_url(thread, "bg"), {"body": "И ние опитахме.", "language": "bg"})
    html = client.get(thread.get_absolute_url()).content.decode()

    assert '<div class="forum-post__body"><p>И ние опитахме.</p>' in html


def test_unknown_language_is_refused_with_a_translated_message_and_the_text_kept(client):
    thread = ThreadFactory()
    client.force_login(VerifiedUserFactory())

    response = client.post(reply_url(thread, "bg"), {"body": "Моят отговор", "language": "xx"})

    html = response.content.decode()
    assert response.status_code == 400
    assert "Моят отговор" in html
    assert "Направете валиден избор" in html
    assert Post.objects.filter(discussion=thread).count() == 0


def test_post_without_a_language_gets_the_one_its_letters_are_in():
    thread = ThreadFactory()

    post = services.create_post(discussion=thread, author=VerifiedUserFactory(), body="Joint budgets helped.")

    assert post.language == "en"


def test_editing_a_post_can_change_its_language(client):
    author = VerifiedUserFactory()
    thread = ThreadFactory()
    post = services.create_post(discussion=thread, author=author, body="Joint visits", language="bg")
    client.force_login(author)

    client.post(reverse("forum:post-edit", kwargs={"pk": post.pk}), {"body": "Joint visits.", "language": "en"})

    post.refresh_from_db()
    assert (post.body, post.language) == ("Joint visits.", "en")


def test_migration_reads_the_language_of_existing_posts_from_their_letters():
    thread = ThreadFactory(title="Joint teams at home")
    author = VerifiedUserFactory()
    english = services.create_post(discussion=thread, author=author, body="In Scotland it worked.", language="bg")
    bulgarian = services.create_post(discussion=thread, author=author, body="В Шотландия проработи.", language="en")

    language_migration.detect_languages(apps, None)

    assert Post.objects.get(pk=english.pk).language == "en"
    assert Post.objects.get(pk=bulgarian.pk).language == "bg"
    thread.refresh_from_db()
    assert thread.language == "en"
