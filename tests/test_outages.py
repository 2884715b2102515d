"""The site keeps serving when Redis or the database is away: uncached pages, safe rate limits, honest health."""

import json
import logging
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import warnings
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from django.core.cache import cache
from django.core.cache.backends.base import CacheKeyWarning
from django.db import InterfaceError, OperationalError
from django.test import Client
from django.urls import reverse

from forum.models import Post
from tests.factories.portal import VerifiedUserFactory
from tests.factories.practices import PracticeFactory

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parent.parent


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_listening(port, process):
    for _attempt in range(200):
        if process.poll() is not None:
            raise RuntimeError("the private redis-server exited")
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise RuntimeError("the private redis-server did not start")


class PrivateRedis:
    """A redis-server of the test's own on a free port, never the machine's shared one."""

    def __init__(self, tmp_path):
        self.port = free_port()
        self.folder = tmp_path
        self.start()

    def start(self):
        self.process = subprocess.Popen(
            [shutil.which("redis-server"), "--port", str(self.port), "--bind", "127.0.0.1", "--save", ""]
            + ["--appendonly", "no", "--dir", str(self.folder)],
            stdout=subprocess.DEVNULL,
        )
        wait_until_listening(self.port, self.process)

    @property
    def url(self):
        return f"redis://127.0.0.1:{self.port}/0"

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)


@pytest.fixture
def redis_cache(settings, tmp_path):
    """The production cache settings (core.cache.ResilientRedisCache) on a private Redis."""
    if shutil.which("redis-server") is None:
        pytest.skip("redis-server is not installed")
    redis = PrivateRedis(tmp_path)
    settings.CACHES = {
        "default": {
            "BACKEND": "core.cache.ResilientRedisCache",
            "LOCATION": redis.url,
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1, "RETRY_SECONDS": 0},
        }
    }
    yield redis
    redis.stop()


def comment_url(obj):
    opts = obj._meta
    return reverse(
        "forum:comment-create", kwargs={"app_label": opts.app_label, "model_name": opts.model_name, "object_id": obj.pk}
    )


# --- Redis -------------------------------------------------------------------


def test_healthz_reports_the_cache_when_redis_answers(client, redis_cache):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}


def test_pages_are_cached_in_redis_while_it_answers(client, redis_cache):
    practice = PracticeFactory(title_en="Community kitchens")
    client.get(f"/en/practices/{practice.slug}/")

    assert any(key.startswith(b":1:practices:page2:") for key in _redis_keys(redis_cache))


def test_without_redis_pages_comments_and_sign_in_still_work(client, redis_cache):
    practice = PracticeFactory(title_en="Community kitchens")
    client.get(f"/en/practices/{practice.slug}/")  # cached while Redis answers
    user = VerifiedUserFactory()

    redis_cache.stop()

    page = client.get(f"/en/practices/{practice.slug}/")
    home = client.get("/en/")
    signed_in = client.post("/en/accounts/login/", {"login": user.email, "password": "correct-horse-battery"})
    commented = client.post(comment_url(practice), {"body": "Works without the cache"})

    assert page.status_code == 200
    assert "Community kitchens" in page.content.decode()
    assert home.status_code == 200
    assert signed_in.status_code == 302
    assert commented.status_code == 302
    assert Post.objects.get().body == "Works without the cache"


def test_without_redis_healthz_says_degraded_and_readyz_stays_ready(client, redis_cache):
    redis_cache.stop()

    health = client.get("/healthz")
    ready = client.get("/readyz")

    assert health.status_code == 200
    assert health.json() == {"status": "degraded", "database": "ok", "cache": "unavailable"}
    assert ready.status_code == 200
    assert ready.json() == {"status": "ready", "database": "ok"}


def test_without_redis_the_cache_misses_and_warns_once(redis_cache, caplog):
    cache.set("greeting", "hello")
    redis_cache.stop()

    with caplog.at_level(logging.WARNING, logger="core.cache"):
        results = [cache.get("greeting", "missed") for _ in range(20)]
        cache.set("greeting", "again")
        cache.incr("counter") if cache.add("counter", 1) else None

    assert results == ["missed"] * 20
    assert [record.levelname for record in caplog.records if record.name == "core.cache"] == ["WARNING"]


def test_when_redis_returns_the_cache_is_used_again(redis_cache):
    cache.set("before", 1)
    redis_cache.stop()
    assert cache.get("before") is None

    redis_cache.start()
    cache.set("after", 2)

    assert cache.get("after") == 2


def test_each_thread_keeps_one_redis_client_and_reads_its_own_values(redis_cache):
    """Each of gunicorn's threads has its cache (Django keeps one per thread) with one kept client per connection
    pool, not one made per call; the values are each thread's own."""

    def round_trips(thread):
        for number in range(50):
            cache.set(f"thread-{thread}-{number}", (thread, number))
            assert cache.get(f"thread-{thread}-{number}") == (thread, number)
        return len(cache._cache._clients)

    with ThreadPoolExecutor(max_workers=8) as pool:
        assert list(pool.map(round_trips, range(8))) == [1] * 8


def test_redis_takes_keys_memcached_would_refuse_without_a_warning(redis_cache):
    long_key = "практика " + "x" * 300  # spaces, Cyrillic and over memcached's 250 characters

    with warnings.catch_warnings():
        warnings.simplefilter("error", CacheKeyWarning)
        cache.set_many({long_key: "kept", "with\ttab": 1})
        found = cache.get_many([long_key, "with\ttab"])

    assert found == {long_key: "kept", "with\ttab": 1}


def _redis_keys(redis):
    import redis as redis_client

    return redis_client.Redis.from_url(redis.url).keys("*")


# --- Database ----------------------------------------------------------------


@pytest.fixture
def production_errors(settings):
    """Errors as a production server shows them: no debug page, exceptions become the error handlers' pages."""
    settings.DEBUG = False
    return Client(raise_request_exception=False)


@pytest.fixture
def database_down(monkeypatch):
    def refuse(*args, **kwargs):
        raise OperationalError('connection to server at "127.0.0.1", port 5432 failed: Connection refused')

    monkeypatch.setattr("django.db.backends.utils.CursorWrapper.execute", refuse)
    monkeypatch.setattr("django.db.backends.utils.CursorWrapper.executemany", refuse)


@pytest.mark.parametrize("language", ["bg", "en"])
def test_database_outage_serves_a_503_in_the_pages_language_with_retry_after(
    production_errors, database_down, language
):
    response = production_errors.get(f"/{language}/practices/")

    body = response.content.decode()
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert f'<html lang="{language}">' in body
    assert f'<a class="site-name" href="/{language}/">' in body
    assert "Traceback" not in body and "Connection refused" not in body


def test_database_outage_page_says_what_happened(production_errors, database_down):
    body = production_errors.get("/en/practices/").content.decode()

    assert "<h1>The portal is briefly unavailable</h1>" in body
    assert "Nothing you have saved is lost." in body


def test_lost_database_connection_also_gives_the_503(production_errors, monkeypatch):
    def lost(*args, **kwargs):
        raise InterfaceError("connection already closed")

    monkeypatch.setattr("django.db.backends.utils.CursorWrapper.execute", lost)

    response = production_errors.get("/en/news/")

    assert response.status_code == 503
    assert "The portal is briefly unavailable" in response.content.decode()


def test_readyz_is_503_while_the_database_is_down(client, database_down):
    response = client.get("/readyz")

    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "database": "unavailable"}


@pytest.mark.parametrize("language", ["bg", "en"])
def test_other_errors_show_the_sites_500_page(production_errors, monkeypatch, language):
    def broken(*args, **kwargs):
        raise ValueError("a bug")

    monkeypatch.setattr("portal.views.shell.HomeView.get_context_data", broken)

    response = production_errors.get(f"/{language}/")

    body = response.content.decode()
    assert response.status_code == 500
    assert "Retry-After" not in response
    assert f'<html lang="{language}">' in body
    assert 'class="site-header"' in body
    assert f'href="/{language}/"' in body
    assert "a bug" not in body


def test_500_page_says_what_happened(production_errors, monkeypatch):
    def broken(*args, **kwargs):
        raise ValueError("a bug")

    monkeypatch.setattr("portal.views.shell.HomeView.get_context_data", broken)

    body = production_errors.get("/en/").content.decode()

    assert "<h1>Something went wrong</h1>" in body


# --- Database, as a production server meets it ------------------------------------


def test_production_server_without_its_postgresql_answers_503_pages(tmp_path):
    """portal.settings with DEBUG off, a real PostgreSQL driver and nothing listening on the database's port."""
    closed_port = free_port()
    env = {
        **{name: value for name, value in os.environ.items() if name != "DJANGO_ALLOW_ASYNC_UNSAFE"},
        "DJANGO_SETTINGS_MODULE": "portal.settings",
        "DEBUG": "0",
        "SECRET_KEY": secrets.token_urlsafe(60),
        "ALLOWED_HOSTS": "testserver",
        "SECURE_SSL_REDIRECT": "0",
        "STATIC_ROOT": str(tmp_path / "static"),
        "CACHE_DIR": str(tmp_path / "cache"),
        "DATABASE_URL": f"postgres://portal:portal@127.0.0.1:{closed_port}/portal",
    }
    manage = [sys.executable, "manage.py"]
    subprocess.run([*manage, "collectstatic", "--noinput"], cwd=ROOT, env=env, check=True, capture_output=True)
    code = (
        "import json; from django.test import Client; client = Client(raise_request_exception=False); "
        "page = client.get('/bg/events/'); "
        "print(json.dumps([page.status_code, page.get('Retry-After'), page.content.decode(), "
        "client.get('/readyz').status_code, client.get('/healthz').status_code]))"
    )

    result = subprocess.run(
        [*manage, "shell", "--no-imports", "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )

    status, retry_after, body, ready, health = json.loads(result.stdout.splitlines()[-1])
    assert (status, retry_after, ready, health) == (503, "30", 503, 503)
    assert '<html lang="bg">' in body
    assert '<link rel="stylesheet" href="/static/css/site.' in body
    assert "Traceback" not in body and str(closed_port) not in body
