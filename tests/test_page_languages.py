"""Text in the other language than the page's carries `lang` (WCAG 3.1.2): every page type of the demo in English
with its Bulgarian names, tags and forum posts, again with every English translation missing (so each translated
field falls back to Bulgarian), and the Bulgarian forum with a post written in English."""

import lxml.html
import pytest
from django.apps import apps
from modeltranslation.translator import translator

from core.i18n import written_language
from forum import services as forum_services
from forum.models import Discussion
from tests.browser.tour import load_demo, page_types
from tests.factories.portal import ProfileFactory, VerifiedUserFactory

pytestmark = pytest.mark.django_db

SKIPPED = {"script", "style", "head", "title"}


def nearest_language(element, page_language):
    for ancestor in element.iterancestors(tag=lxml.etree.Element):
        if ancestor.get("lang"):
            return ancestor.get("lang")
    return page_language


def texts_with_their_language(html, page_language):
    """(text, language its element says it is in) for every text of the page's body."""
    body = lxml.html.document_fromstring(html).body
    for element in body.iter(tag=lxml.etree.Element):
        if element.tag in SKIPPED or any(ancestor.tag in SKIPPED for ancestor in element.iterancestors()):
            continue
        language = element.get("lang") or nearest_language(element, page_language)
        if element.text and element.text.strip():
            yield element.text.strip(), language
        parent = element.getparent()
        if element.tail and element.tail.strip() and parent is not None:
            yield element.tail.strip(), parent.get("lang") or nearest_language(parent, page_language)


def unmarked_bulgarian(html):
    """Texts with Cyrillic letters on an English page whose element does not say lang="bg"."""
    return [
        text[:60]
        for text, language in texts_with_their_language(html, "en")
        if written_language(text) == "bg" and language != "bg"
    ]


def english_only_text(html, *, within):
    """Texts with Latin letters only (prose, three words or more) inside elements of class `within` on a Bulgarian
    page whose element does not say lang="en"."""
    body = lxml.html.document_fromstring(html).body
    found = []
    for container in body.find_class(within):
        for text, language in texts_with_their_language(lxml.html.tostring(container, encoding=str), "bg"):
            if written_language(text) == "en" and len(text.split()) >= 3 and language != "en":
                found.append(text[:60])
    return found


def without_english_translations():
    """Empty every English field of every translated model, as if nothing had been translated yet."""
    for model in translator.get_registered_models(abstract=False):
        model = apps.get_model(model._meta.app_label, model._meta.model_name)
        fields = translator.get_options_for_model(model).fields
        values = {}
        for name in fields:
            field = model._meta.get_field(f"{name}_en")
            values[f"{name}_en"] = None if field.null else ""
        model.objects.update(**values)


def unmarked_pages(client):
    found = {}
    for path in page_types("en"):
        response = client.get(path)
        assert response.status_code == 200, path
        if unmarked := unmarked_bulgarian(response.content.decode()):
            found[path] = unmarked
    return found


def test_bulgarian_names_tags_and_posts_on_english_pages_carry_lang(client, role_groups):
    load_demo()

    assert unmarked_pages(client) == {}


def test_untranslated_fields_shown_in_bulgarian_on_english_pages_carry_lang(client, role_groups):
    load_demo()
    without_english_translations()

    assert unmarked_pages(client) == {}


def test_a_post_written_in_english_carries_lang_on_the_bulgarian_forum(client, role_groups):
    load_demo()
    thread = Discussion.objects.threads().published().first()
    author = ProfileFactory(user=VerifiedUserFactory(), display_name="Jane Doe").user
    forum_services.create_post(discussion=thread, author=author, body="We tried **joint visits** in our town too.")

    html = client.get(f"/bg/forum/threads/{thread.pk}/").content.decode()

    assert "We tried" in html
    assert english_only_text(html, within="forum-post__body") == []


def test_the_checks_find_unmarked_text():
    html = (
        '<html lang="en"><body><p>Plain <b lang="bg">Шотландия</b> and Шотландия</p>'
        "<p>Only English here</p></body></html>"
    )

    post = '<html lang="bg"><body><div class="forum-post__body"{}><p>We tried joint visits</p></div></body></html>'

    assert unmarked_bulgarian(html) == ["and Шотландия"]
    assert english_only_text(post.format(""), within="forum-post__body") == ["We tried joint visits"]
    assert english_only_text(post.format(' lang="en"'), within="forum-post__body") == []
