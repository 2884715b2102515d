"""Private services on free loopback ports in a temporary folder, and the site (gunicorn, run_worker) against them.

Nothing here touches the machine's shared PostgreSQL or Redis: each run starts its own `redis-server` and its own
PostgreSQL cluster (`initdb` + `pg_ctl` from /usr/lib/postgresql/*/bin; as root they run as the `postgres` user,
since initdb refuses root), stops them when it ends, and removes the folder.
"""

import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

from . import ROOT


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(check, *, seconds, what):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.2)
    raise RuntimeError(f"{what} did not answer within {seconds} seconds")


def http_status(url, timeout=5):
    """The status code of a GET (an error status too), or None when nothing answers."""
    try:
        # Loopback http addresses this package builds (bandit B310 asks about file: and custom schemes).
        with urllib.request.urlopen(url, timeout=timeout) as response:  # nosec B310
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except OSError:
        return None


class PrivateRedis:
    """A redis-server of our own, without persistence; stop() and start() again keep the port."""

    def __init__(self, folder):
        self.folder = Path(folder)
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process = None

    def ping(self):
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=1) as connection:
                connection.sendall(b"PING\r\n")
                return connection.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    def start(self):
        command = ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
        log = open(self.folder / "redis.log", "ab")  # noqa: SIM115 - the server's output for its whole life
        self.process = subprocess.Popen(command, cwd=self.folder, stdout=log, stderr=subprocess.STDOUT)
        wait_for(self.ping, seconds=10, what="redis-server")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)


def postgres_bin():
    """The newest PostgreSQL's program folder (initdb, pg_ctl, createdb)."""
    folders = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda path: int(path.parent.name))
    if not folders:
        raise RuntimeError("PostgreSQL's programs are not installed (apt-get install postgresql)")
    return folders[-1]


class PrivatePostgres:
    """A PostgreSQL cluster of our own in a temporary folder, on a free port, trusting local connections."""

    def __init__(self):
        self.folder = Path(tempfile.mkdtemp(prefix="portal-postgres-"))
        self.data = self.folder / "data"
        self.port = free_port()
        self.bin = postgres_bin()
        # initdb refuses to run as root, so the cluster belongs to the postgres user then.
        self.as_owner = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []

    def run(self, program, *args):
        subprocess.run([*self.as_owner, str(self.bin / program), *args], check=True, capture_output=True, text=True)

    def init(self):
        if self.as_owner:
            shutil.chown(self.folder, user="postgres", group="postgres")
        self.run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync")

    def start(self):
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200"
        self.run("pg_ctl", "-D", str(self.data), "-l", str(self.folder / "server.log"), "-o", options, "-w", "start")

    def stop(self):
        self.run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    def remove(self):
        """Stop the server if it runs and delete the cluster."""
        if (self.data / "postmaster.pid").exists():
            self.stop()
        shutil.rmtree(self.folder, ignore_errors=True)

    def create_database(self, name):
        self.run("createdb", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", name)
        return f"postgres://postgres@127.0.0.1:{self.port}/{name}"


class Site:
    """The portal with production settings (DEBUG off) in `folder`: migrate, then gunicorn and run_worker."""

    def __init__(self, folder, *, database_url, redis_url=None, workers=3, threads=4):
        self.folder = Path(folder)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.workers, self.threads = workers, threads
        self.processes = {}
        self.env = {
            **{key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "REDIS_", "S3_"))},
            "DJANGO_SETTINGS_MODULE": "portal.settings",
            "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "scripts")]),
            "DEBUG": "0",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "127.0.0.1",
            "SITE_URL": self.url,
            "SECURE_SSL_REDIRECT": "0",
            "SECURE_COOKIES": "0",
            "SECURE_HSTS_SECONDS": "0",
            "DATABASE_URL": database_url,
            "CACHE_DIR": str(self.folder / "cache"),
            "MEDIA_ROOT": str(self.folder / "media"),
            "STATIC_ROOT": str(self.folder / "static"),
            "EMAIL_URL": "locmem://",
            "TASKS_BACKEND": "database",
            "LOG_LEVEL": "WARNING",
        }
        if redis_url:
            self.env["REDIS_URL"] = redis_url

    def python(self, *args, timeout=600):
        """Run `python ARGS` in the site's environment; its standard output."""
        result = subprocess.run(
            [sys.executable, *args], cwd=ROOT, env=self.env, capture_output=True, text=True, timeout=timeout
        )
        if result.returncode:
            raise RuntimeError(f"python {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
        return result.stdout

    def install(self, *, demo=True):
        """Migrate, load the demo content (unless `demo` is false) and collect the static files."""
        self.python("manage.py", "migrate", "--noinput")
        if demo:
            self.python("manage.py", "load_demo")
        self.python("manage.py", "collectstatic", "--noinput")

    def _spawn(self, name, command):
        log = open(self.folder / f"{name}.log", "ab")  # noqa: SIM115 - the process's output for its whole life
        self.processes[name] = subprocess.Popen(command, cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT)
        return self.processes[name]

    def start_web(self):
        gunicorn = str(Path(sys.executable).with_name("gunicorn"))
        self._spawn(
            "gunicorn",
            [
                gunicorn,
                "portal.wsgi:application",
                f"--bind=127.0.0.1:{self.port}",
                f"--workers={self.workers}",
                "--worker-class=gthread",
                f"--threads={self.threads}",
                "--timeout=60",
                # Longer than a simulated person's pause, so an idle connection is not closed just as they reuse it
                # (behind nginx, its upstream keepalive_timeout plays this part).
                "--keep-alive=10",
                "--log-level=warning",
            ],
        )
        wait_for(lambda: http_status(f"{self.url}/readyz") == 200, seconds=60, what="gunicorn")

    def start_worker(self):
        return self._spawn("worker", [sys.executable, "manage.py", "run_worker"])

    def log(self, name):
        return (self.folder / f"{name}.log").read_text(errors="replace")

    def stop(self):
        for process in self.processes.values():
            if process.poll() is None:
                process.terminate()
        for process in self.processes.values():
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
