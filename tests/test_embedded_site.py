"""The embedded default (SQLite file, file cache) with several processes and threads, as a real server runs it.

Each test works on its own copy of a freshly migrated SQLite file, in processes of its own with the production
settings (portal.settings): the test process's in-memory database and local cache would prove nothing here.
"""

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def production_env(folder, **extra):
    return {
        **{name: value for name, value in os.environ.items() if name != "DJANGO_ALLOW_ASYNC_UNSAFE"},
        "DJANGO_SETTINGS_MODULE": "portal.settings",
        "DEBUG": "1",
        "DATABASE_URL": f"sqlite:///{folder / 'db.sqlite3'}",
        "CACHE_DIR": str(folder / "cache"),
        "MEDIA_ROOT": str(folder / "media"),
        "EMAIL_URL": "locmem://",
        **extra,
    }


def manage(env, *args):
    result = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def migrated_database(tmp_path_factory):
    folder = tmp_path_factory.mktemp("embedded")
    manage(production_env(folder), "migrate", "--noinput")
    return folder / "db.sqlite3"


@pytest.fixture
def site_folder(migrated_database, tmp_path):
    shutil.copy(migrated_database, tmp_path / "db.sqlite3")
    return tmp_path


def run_scenario(folder, scenario):
    env = production_env(folder, ALLOWED_HOSTS="testserver")
    result = subprocess.run(
        [sys.executable, "-m", "tests.concurrent_writes", scenario],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])


def test_twenty_people_commenting_and_registering_at_once_meet_no_errors(site_folder):
    report = run_scenario(site_folder, "writers")

    assert report["errors"] == []
    assert report["comments"] == 20
    assert report["registrations"] == 20
    assert report["confirmed"] == 10


def test_posting_rate_limit_holds_for_twenty_comments_sent_at_once(site_folder):
    report = run_scenario(site_folder, "one-author")

    assert report["errors"] == []
    assert report["comments"] == 5  # FORUM_POSTS_PER_MINUTE


# --- one cache for every process ------------------------------------------------


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """`manage.py runserver --noreload` on a port of its own: one process of the site, like one gunicorn worker."""

    def __init__(self, env, log):
        self.port = free_port()
        self.process = subprocess.Popen(
            [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{self.port}"],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        for _attempt in range(600):
            assert self.process.poll() is None, "the server exited"
            with socket.socket() as sock:
                if sock.connect_ex(("127.0.0.1", self.port)) == 0:
                    return
            time.sleep(0.05)
        raise RuntimeError("the server did not start")

    def get(self, path):
        # A loopback http address (bandit B310 asks about file: and custom schemes).
        with urllib.request.urlopen(f"http://127.0.0.1:{self.port}{path}", timeout=30) as response:  # nosec B310
            assert "sessionid" not in response.headers.get("Set-Cookie", "")
            return response.read().decode()

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=30)


@pytest.fixture
def two_servers(site_folder):
    env = production_env(site_folder)
    manage(env, "shell", "--no-imports", "-c", CREATE_PRACTICE)
    with open(site_folder / "servers.log", "w") as log:
        servers = [Server(env, log), Server(env, log)]
        yield env, servers
        for server in servers:
            server.stop()


CREATE_PRACTICE = (
    "from tests.factories.practices import PracticeFactory; "
    "PracticeFactory(slug='kitchens', title_en='Community kitchens')"
)
# Behind the cache's back: QuerySet.update() retires nothing, so a cached page keeps the old title.
UNANNOUNCED_CHANGE = (
    "from practices.models import Practice; Practice.objects.filter(slug='kitchens').update(title_en='Unannounced')"
)
# The way every editor's change is made: a save, which retires the practice pages once it commits.
SAVED_CHANGE = (
    "from practices.models import Practice; p = Practice.objects.get(slug='kitchens'); "
    "p.title_en = 'Shared kitchens'; p.save()"
)


def test_a_change_retires_the_cached_page_in_every_server_process(two_servers):
    env, (first, second) = two_servers
    page = "/en/practices/kitchens/"
    assert "Community kitchens" in first.get(page)
    assert "Community kitchens" in second.get(page)
    manage(env, "shell", "--no-imports", "-c", UNANNOUNCED_CHANGE)
    assert "Community kitchens" in first.get(page)  # served from the cache
    assert "Community kitchens" in second.get(page)

    manage(env, "shell", "--no-imports", "-c", SAVED_CHANGE)

    assert "Shared kitchens" in first.get(page)
    assert "Shared kitchens" in second.get(page)
