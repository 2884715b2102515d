"""An anonymous page's bytes are a part named by their content (core.immutable): each worker reads them from the
shared cache once, and then only the small entry that names them (core.page_cache)."""

import pytest
from django.core.cache import cache

from core import immutable
from tests.factories.portal import PostFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def another_worker(monkeypatch):
    """A worker that has read no part yet."""

    def start():
        monkeypatch.setattr(immutable, "_kept", {})

    return start


@pytest.mark.parametrize("language", ["bg", "en"])
def test_another_worker_reads_the_kept_page_once_without_a_query(
    client, another_worker, monkeypatch, django_assert_num_queries, language
):
    post = PostFactory()
    first = client.get(f"/{language}/news/")
    another_worker()
    read = []
    get_many = cache.get_many

    def recorded(keys):
        read.append(get_many(keys))
        return read[-1]

    monkeypatch.setattr(cache, "get_many", recorded)

    with django_assert_num_queries(0):
        elsewhere = client.get(f"/{language}/news/")
        read_elsewhere, read[:] = list(read), []
        again = client.get(f"/{language}/news/")

    assert elsewhere.content == again.content == first.content and post.title in again.content.decode()
    assert elsewhere["ETag"] == again["ETag"] == first["ETag"]
    assert first.content in [value for found in read_elsewhere for value in found.values()]
    assert first.content not in [value for found in read for value in found.values()]


def test_bytes_the_shared_cache_forgot_make_the_page_again(client, another_worker):
    post = PostFactory()
    first = client.get("/bg/news/")
    cache.delete(immutable.content_name(first.content))
    another_worker()

    again = client.get("/bg/news/")

    assert again.status_code == 200 and post.title in again.content.decode()
    assert again.content == first.content


def test_a_worker_keeps_no_more_than_its_budget_and_reads_again_what_it_let_go(client, monkeypatch, another_worker):
    another_worker()
    monkeypatch.setattr(immutable, "_kept_bytes", 0)
    monkeypatch.setattr(immutable, "WORKER_BYTES", 12_000)
    posts = [PostFactory() for _ in range(3)]
    pages = {post: client.get(post.get_absolute_url()) for post in posts}

    assert sum(len(page.content) for page in pages.values()) > 12_000
    assert 0 < immutable._kept_bytes <= 12_000
    for post, first in pages.items():
        again = client.get(post.get_absolute_url())
        assert again.content == first.content and post.title in again.content.decode()
