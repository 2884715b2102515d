"""The site under test: gunicorn (and a throw-away redis-server) on free loopback ports, and its workers' memory."""

import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from . import RESULTS, ROOT


def free_port():
    """A port nobody listens on now, so several benches (or engineers) on one machine do not collide."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


PORT = free_port()
REDIS_PORT = free_port()
# One key per run: the dataset's child process signs the participant's session with it, gunicorn reads it.
SECRET_KEY = secrets.token_urlsafe(50)


def environment(options):
    env = dict(os.environ)
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "bench_settings",
            "PYTHONPATH": os.pathsep.join([str(ROOT / "scripts"), str(ROOT)]),
            "DEBUG": "0",
            "SECRET_KEY": SECRET_KEY,
            "ALLOWED_HOSTS": "127.0.0.1",
            "DATABASE_URL": options.database,
            "MEDIA_ROOT": str(RESULTS / "media"),
            "TASKS_BACKEND": "dummy",
            "LOG_LEVEL": "WARNING",
            # Without Redis the workers share files, as a deployment without REDIS_URL does (portal/settings.py).
            "CACHE_DIR": str(cache_dir(options)),
        }
    )
    env.pop("REDIS_URL", None)
    return env


def cache_dir(options):
    return RESULTS / f"cache-{getattr(options, 'backend', 'sqlite')}"


def ensure_postgres_database(url, *, drop=False):
    """Create the bench's own PostgreSQL database (dropped first when `drop`), connecting to the server's default
    database to do it."""
    import psycopg2
    from psycopg2 import sql

    name = url.rsplit("/", 1)[1]
    connection = psycopg2.connect(url.rsplit("/", 1)[0] + "/postgres")
    connection.autocommit = True
    try:
        with connection.cursor() as cursor:
            if drop:
                cursor.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))
            cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
            if cursor.fetchone() is None:
                cursor.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    finally:
        connection.close()


def start_redis():
    """A throw-away Redis on loopback, so the gunicorn workers share one cache as a deployment would."""
    server = subprocess.Popen(
        ["redis-server", "--port", str(REDIS_PORT), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", REDIS_PORT), timeout=1) as connection:
                connection.sendall(b"PING\r\n")
                if connection.recv(16).startswith(b"+PONG"):
                    return server
        except OSError:
            time.sleep(0.2)
    server.terminate()
    sys.exit("redis-server did not answer within 10 seconds.")


def start_server(options):
    workers = options.workers or os.cpu_count() or 2
    command = [
        str(Path(sys.executable).with_name("gunicorn")),
        "portal.wsgi:application",
        f"--bind=127.0.0.1:{PORT}",
        f"--workers={workers}",
        # Sync workers, as issue 18 measured; --threads N > 1 measures gthread workers instead.
        *(
            ["--worker-class=sync"]
            if options.threads == 1
            else ["--worker-class=gthread", f"--threads={options.threads}"]
        ),
        "--log-level=warning",
    ]
    env = environment(options)
    if options.cache == "redis":
        env["REDIS_URL"] = f"redis://127.0.0.1:{REDIS_PORT}/0"
    shutil.rmtree(cache_dir(options), ignore_errors=True)  # pages and versions of an earlier run
    server = subprocess.Popen(command, env=env, cwd=ROOT)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and server.poll() is None:
        try:
            # A loopback http address this script builds (bandit B310 asks about file: and custom schemes).
            with urllib.request.urlopen(f"http://127.0.0.1:{PORT}/bench/bare/", timeout=2) as response:  # nosec B310
                if response.status == 200:
                    return server
        except OSError:
            time.sleep(0.3)
    server.terminate()
    sys.exit("gunicorn did not start or did not answer within 30 seconds.")


def worker_rss_mb(master_pid):
    """Resident memory of each gunicorn worker (children of the master), in MB."""
    sizes = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            text = status.read_text()
        except OSError:
            continue
        if re.search(rf"^PPid:\s+{master_pid}$", text, re.MULTILINE):
            sizes.append(int(re.search(r"^VmRSS:\s+(\d+) kB", text, re.MULTILINE).group(1)) / 1024)
    return sizes
