#!/usr/bin/env python
"""`make loadtest`: simulated people on the site under gunicorn, on SQLite and on PostgreSQL with Redis.

For each backend in LOADTEST_BACKENDS ("sqlite postgres"): a temporary folder with the site's own database (a
SQLite file, or the database portal_loadtest in a private PostgreSQL cluster, with a private Redis as the cache),
migrated and with the demo content; gunicorn (3 workers, 4 threads each, DEBUG off) and run_worker on loopback;
then locust (scripts/sitetest/locustfile.py) with LOADTEST_USERS people (50), LOADTEST_SPAWN_RATE a second (10),
for LOADTEST_SECONDS (180). Prints requests/s and p50/p95/p99 per page and the errors, then checks that no
answer was a server error, that every comment and registration the site accepted is in the database, and that
the workshop never held more confirmed places than it has (looked at every second during the run). Exits 1
when any of that fails. The logs, locust's CSV files and the results are kept in var/loadtest/BACKEND/.
"""

import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from sitetest import ROOT
from sitetest.services import PrivatePostgres, PrivateRedis, Site

USERS = int(os.environ.get("LOADTEST_USERS", "50"))
SECONDS = int(os.environ.get("LOADTEST_SECONDS", "180"))
SPAWN_RATE = os.environ.get("LOADTEST_SPAWN_RATE", "10")
BACKENDS = os.environ.get("LOADTEST_BACKENDS", "sqlite postgres").split()
LOCUSTFILE = ROOT / "scripts" / "sitetest" / "locustfile.py"


def print_stats(stats_csv):
    """The table of locust's per-page numbers (milliseconds), with the total last; returns the total row."""
    with open(stats_csv, newline="") as file:
        rows = list(csv.DictReader(file))
    print(f"{'page':<28}{'requests':>9}{'req/s':>8}{'p50':>7}{'p95':>7}{'p99':>7}{'errors':>8}")
    for row in rows:
        print(
            f"{row['Name'][:27]:<28}{row['Request Count']:>9}{float(row['Requests/s']):>8.1f}"
            f"{row['50%']:>7}{row['95%']:>7}{row['99%']:>7}{row['Failure Count']:>8}"
        )
    return rows[-1]


def run_backend(backend, folder):
    print(f"\n== {backend}: {USERS} people for {SECONDS} s", flush=True)
    services, site = [], None
    try:
        if backend == "sqlite":
            site = Site(folder, database_url=f"sqlite:///{folder / 'db.sqlite3'}")
        else:
            postgres, redis = PrivatePostgres(), PrivateRedis(folder)
            postgres.init()
            postgres.start()
            services.append(postgres)
            redis.start()
            services.append(redis)
            site = Site(folder, database_url=postgres.create_database("portal_loadtest"), redis_url=redis.url)
        site.install()
        data, results = folder / "data.json", folder / "results.json"
        site.python("-m", "sitetest.data", "prepare", str(USERS), str(data))
        site.start_web()
        site.start_worker()
        watcher = subprocess.Popen(
            [sys.executable, "-m", "sitetest.data", "watch", str(SECONDS + 5)],
            cwd=ROOT,
            env=site.env,
            stdout=subprocess.PIPE,
            text=True,
        )
        locust = subprocess.run(
            [
                str(Path(sys.executable).with_name("locust")),
                f"--locustfile={LOCUSTFILE}",
                "--headless",
                f"--users={USERS}",
                f"--spawn-rate={SPAWN_RATE}",
                f"--run-time={SECONDS}s",
                f"--host={site.url}",
                f"--csv={folder / 'locust'}",
                "--only-summary",
                "--stop-timeout=10",
                "--loglevel=WARNING",
            ],
            cwd=ROOT,
            env={**site.env, "LOADTEST_DATA": str(data), "LOADTEST_RESULTS": str(results)},
            capture_output=True,
            text=True,
        )
        most_confirmed = json.loads(watcher.communicate(timeout=60)[0] or "{}")
        site.stop()  # the worker finishes first: verify reads a quiet database
        total = print_stats(folder / "locust_stats.csv")
        run = json.loads(results.read_text())
        verdict = json.loads(site.python("-m", "sitetest.data", "verify", str(data), str(results)).strip() or "{}")
    except RuntimeError as error:
        print(error)
        return False
    finally:
        if site:
            site.stop()
        for service in services:
            service.remove() if isinstance(service, PrivatePostgres) else service.stop()
    failures = (folder / "locust_failures.csv").read_text().strip().splitlines()[1:]
    print(
        f"requests/s: {float(total['Requests/s']):.1f}; errors: {total['Failure Count']}; server errors (5xx):"
        f" {len(run['server_errors'])}"
    )
    for line in failures[:10]:
        print(f"  error: {line}")
    for key, value in verdict.items():
        if key != "problems":
            print(f"{key}: {value}")
    over = {slug: seen for slug, seen in most_confirmed.items() if seen[0] > seen[1]}
    print(f"most confirmed ever seen (confirmed, capacity): {most_confirmed}")
    problems = verdict.get("problems", []) + [
        f"{slug}: {seen[0]} confirmed for {seen[1]}" for slug, seen in over.items()
    ]
    problems += [f"server error: {error}" for error in sorted(set(run["server_errors"]))]
    if int(total["Failure Count"]):
        problems.append(f"{total['Failure Count']} requests failed")
    if locust.returncode not in (0, 1):  # 1: some requests failed, reported above
        problems.append(f"locust exited with {locust.returncode}: {locust.stderr[-2000:]}")
    for problem in problems:
        print(f"FAILED: {problem}")
    if problems:
        print(f"--- the end of gunicorn's log\n{site.log('gunicorn')[-6000:]}")
    print(f"== {backend}: {'passed' if not problems else 'FAILED'}", flush=True)
    return not problems


def keep_records(folder, backend):
    """Copy the logs, locust's CSV files and what the people were told to var/loadtest/BACKEND/ for a later look."""
    records = ROOT / "var" / "loadtest" / backend
    shutil.rmtree(records, ignore_errors=True)
    records.mkdir(parents=True)
    for path in folder.iterdir():
        if path.suffix in {".log", ".csv", ".json"}:
            shutil.copy(path, records)
    return records


def main():
    passed = True
    for backend in BACKENDS:
        with tempfile.TemporaryDirectory(prefix=f"portal-loadtest-{backend}-") as folder:
            passed = run_backend(backend, Path(folder)) and passed
            print(f"logs and numbers kept in {keep_records(Path(folder), backend)}")
    sys.exit(0 if passed else 1)


if __name__ == "__main__":
    main()
