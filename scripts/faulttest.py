#!/usr/bin/env python
"""`make faulttest`: the site under light load while its private Redis, then its private PostgreSQL, go away.

Starts a redis-server and a PostgreSQL cluster of its own (scripts/sitetest/services.py; never the machine's
shared ones), gunicorn (DEBUG off) and run_worker against them, and a reader that asks for a few pages about ten
times a second. Then, asserting each step:

1. Everything answers 200 and /healthz says "ok".
2. Redis stops: pages keep answering 200 (served uncached), signing in with a password still works, /healthz
   answers 200 "degraded" with the cache "unavailable", /readyz stays 200. Redis starts: /healthz is "ok" again.
3. A slow task (12 s) is running on the worker and three more wait when PostgreSQL stops: pages the cache does not hold
   (a new search each time) answer 503 with Retry-After and the "briefly unavailable" page in the address's
   language (no traceback), cached ones 200; /readyz and /healthz 503.
   PostgreSQL starts: every page answers 200 again within 30 s and keeps doing so.
4. run_worker is still the process it was, and every task finishes (the interrupted one is run again).

Prints each step and exits 1 at the first that fails. Takes two to three minutes.
"""

import json
import re
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

import requests
from sitetest.services import PrivatePostgres, PrivateRedis, Site, wait_for

# Anonymous pages come from the page cache when Redis has them, even while the database is away; a search for
# something new each time is never cached, so it always needs the database.
PAGES = ["/bg/", "/en/practices/", "/bg/search/?q=грижа{n}", "/en/events/", "/bg/forum/", "/en/search/?q=care{n}"]
UNAVAILABLE = {"bg": "Порталът е временно недостъпен", "en": "The portal is briefly unavailable"}
EMAIL, PASSWORD = "faulttest@example.org", "a-long-passphrase-for-faults"


class Failed(Exception):
    pass


PASSED = []


def check(condition, message):
    if not condition:
        raise Failed(message)
    PASSED.append(message)
    print(f"  ok: {message}", flush=True)


class Reader(threading.Thread):
    """Light load: one page after another, about ten a second, each answer noted under the current phase."""

    def __init__(self, url):
        super().__init__(daemon=True)
        self.url = url
        self.phase = "start"
        self.answers = []
        self.stopping = threading.Event()

    def run(self):
        session = requests.Session()
        number = 0
        while not self.stopping.is_set():
            path = PAGES[number % len(PAGES)].format(n=number)
            number += 1
            try:
                response = session.get(self.url + path, timeout=10, allow_redirects=False)
                answer = (response.status_code, response.headers.get("Retry-After"), response.text)
            except requests.RequestException as error:
                answer = (None, None, repr(error))
            self.answers.append((self.phase, path, *answer))
            time.sleep(0.1)

    def of(self, phase):
        return [answer for answer in self.answers if answer[0] == phase]

    def observe(self, phase, seconds):
        self.phase = phase
        time.sleep(seconds)
        self.phase = "between"
        answers = self.of(phase)
        print(f"  {phase}: {len(answers)} answers, {dict(Counter(answer[2] for answer in answers))}", flush=True)
        return answers


def get_json(url):
    response = requests.get(url, timeout=10)
    return response.status_code, response.json()


def sign_in(site):
    """Sign in with the password through allauth's form; True when it lets the person in."""
    session = requests.Session()
    form = session.get(f"{site.url}/en/accounts/login/", timeout=10)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.text).group(1)
    response = session.post(
        f"{site.url}/en/accounts/login/",
        data={"login": EMAIL, "password": PASSWORD, "csrfmiddlewaretoken": token},
        headers={"Referer": f"{site.url}/en/accounts/login/"},
        timeout=10,
        allow_redirects=False,
    )
    return response.status_code == 302 and "sessionid" in session.cookies


def task_statuses(site, ids):
    return json.loads(site.python("-m", "sitetest.data", "tasks", *ids))


def redis_outage(site, redis, reader):
    print("== Redis stops", flush=True)
    redis.stop()
    answers = reader.observe("redis down", 8)
    check(answers and all(answer[2] == 200 for answer in answers), "every page answers 200 while Redis is down")
    check(sign_in(site), "signing in works while Redis is down")
    status, health = get_json(f"{site.url}/healthz")
    check(
        (status, health["status"], health["cache"]) == (200, "degraded", "unavailable"),
        f"/healthz answers {status} {health}",
    )
    check(get_json(f"{site.url}/readyz")[0] == 200, "/readyz stays 200: a cache outage keeps the server in rotation")
    print("== Redis starts", flush=True)
    redis.start()
    wait_for(lambda: get_json(f"{site.url}/healthz")[1]["status"] == "ok", seconds=20, what="/healthz ok")
    check(True, "/healthz says ok again")


def database_outage(site, postgres, reader):
    print("== PostgreSQL stops with a task running", flush=True)
    ids = json.loads(site.python("-m", "sitetest.data", "enqueue", "12", "0", "0", "0"))
    site.python("-m", "sitetest.data", "running", ids[0], "60")  # stopped within its 12 s, the outage outlasts them
    postgres.stop()
    answers = reader.observe("database down", 8)
    uncached = [answer for answer in answers if "/search/" in answer[1]]
    check(
        answers and all(answer[2] in (200, 503) for answer in answers),
        "every page answers 503, or 200 when the page cache has it, while PostgreSQL is down",
    )
    check(
        {answer[1][1:3] for answer in uncached} == {"bg", "en"} and all(answer[2] == 503 for answer in uncached),
        f"every uncached page answers 503 ({len(uncached)} searches in both languages)",
    )
    unavailable = [answer for answer in answers if answer[2] == 503]
    check(all(answer[3] == "30" for answer in unavailable), "every 503 carries Retry-After: 30")
    check(
        all(UNAVAILABLE[answer[1][1:3]] in answer[4] and "Traceback" not in answer[4] for answer in unavailable),
        "the 503 page is in the address's language and shows no traceback",
    )
    check(requests.get(f"{site.url}/readyz", timeout=10).status_code == 503, "/readyz answers 503")
    check(requests.get(f"{site.url}/healthz", timeout=10).status_code == 503, "/healthz answers 503")
    print("== PostgreSQL starts", flush=True)
    postgres.start()
    started = time.monotonic()
    reader.phase = "recovering"
    wait_for(
        lambda: any(answer[2] == 200 and "/search/" in answer[1] for answer in reader.of("recovering")),
        seconds=30,
        what="the uncached pages after PostgreSQL restarted",
    )
    check(True, f"uncached pages answer 200 again {time.monotonic() - started:.1f} s after PostgreSQL started")
    answers = reader.observe("recovered", 5)
    check(answers and all(answer[2] == 200 for answer in answers), "every page answers 200 after the outage")
    return ids


def worker_finished(site, worker, ids):
    print("== The worker after the outages", flush=True)
    check(worker.poll() is None, f"run_worker (pid {worker.pid}) is still running")
    wait_for(
        lambda: {task["status"] for task in task_statuses(site, ids).values()} == {"SUCCESSFUL"},
        seconds=90,
        what="the queued tasks",
    )
    attempts = task_statuses(site, ids[:1])[ids[0]]["attempts"]
    check(attempts >= 2, f"all {len(ids)} tasks finished successfully, the interrupted one in {attempts} attempts")
    check(worker.poll() is None, "run_worker is still the same process")


def main():
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="portal-faulttest-") as name:
        folder = Path(name)
        redis, postgres = PrivateRedis(folder), PrivatePostgres()
        site = reader = None
        try:
            postgres.init()
            postgres.start()
            redis.start()
            site = Site(
                folder, database_url=postgres.create_database("portal_faulttest"), redis_url=redis.url, workers=2
            )
            site.install(demo=False)
            site.python("-m", "sitetest.data", "account", EMAIL, PASSWORD)
            site.start_web()
            worker = site.start_worker()
            print(f"== The site answers on {site.url} ({time.monotonic() - started:.0f} s to set up)", flush=True)
            reader = Reader(site.url)
            reader.start()
            answers = reader.observe("normal", 4)
            check(answers and all(answer[2] == 200 for answer in answers), "every page answers 200")
            check(
                get_json(f"{site.url}/healthz") == (200, {"status": "ok", "database": "ok", "cache": "ok"}),
                "/healthz says ok",
            )
            redis_outage(site, redis, reader)
            ids = database_outage(site, postgres, reader)
            worker_finished(site, worker, ids)
        except (Failed, RuntimeError) as error:
            print(f"FAILED: {error}")
            print(f"faulttest: {len(PASSED)} passed, 1 failed")
            if site:
                for log in ("gunicorn", "worker"):
                    print(f"--- {log} log (end)\n{site.log(log)[-3000:]}")
            sys.exit(1)
        finally:
            if reader:
                reader.stopping.set()
                reader.join(timeout=15)
            if site:
                site.stop()
            redis.stop()
            postgres.remove()
    print(f"== faulttest passed in {time.monotonic() - started:.0f} s")
    print(f"faulttest: {len(PASSED)} passed, 0 failed")


if __name__ == "__main__":
    main()
