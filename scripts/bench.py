#!/usr/bin/env python
"""`make bench`: load-test the site's pages, anonymous and signed in, beside a bare Django view, on a generated
realistic dataset, on SQLite and on PostgreSQL with Redis.

    .venv/bin/python scripts/bench.py [--backends "sqlite postgres"] [--only "practice,film"] [--seconds 10]
                                      [--clients 8] [--practices 10000] [--organisations 2000] [--documents 5000]
                                      [--fresh] [--database URL] [--cache redis|file]

Environment: BENCH_BACKENDS, BENCH_ONLY (comma-separated texts; scenarios whose name contains one run, with the bare
view) and BENCH_SECONDS stand in for the options, so `BENCH_ONLY=thread BENCH_BACKENDS=sqlite make bench` is quick.

For each backend (sqlite: a file in bench-results/ with the file cache a deployment without Redis uses; postgres: a
database of its own on 127.0.0.1:5432, with a throw-away redis-server as the workers' cache):
1. Generates the dataset once, with bulk_create, then reads back what the scenarios need (each app's part in its
   module under benchlib/apps/, run in a child process with the bench settings: benchlib/data.py), and signs in a
   verified participant who has starred sessions and written comments (benchlib/participant.py).
2. Serves the site with gunicorn on 127.0.0.1 (DEBUG off, scripts/bench_settings.py, whose URLconf adds the bare view
   at /bench/bare/); benchlib/server.py.
3. Runs the bare view, every scenario (each marked one also signed in) and the bare view again for --seconds with
   --clients connections through wrk (a threaded Python client stands in when wrk cannot be installed;
   benchlib/load.py), and prints a Markdown table: requests/s, p50/p90/p99, the share of the bare view, verdicts
   against the targets, the workers' resident memory and the load average (benchlib/report.py).
"""

import argparse
import os
import shutil
import subprocess
from pathlib import Path

# scripts/ is on sys.path as this script's directory, so the package beside it imports as `benchlib`.
from benchlib import RESULTS
from benchlib.data import PARTICIPANT, prepare_dataset
from benchlib.load import ensure_wrk, run_python_client, run_wrk
from benchlib.report import load_average, print_table
from benchlib.scenarios import build_scenarios, chosen
from benchlib.server import ensure_postgres_database, start_redis, start_server, worker_rss_mb

BACKENDS = {
    "sqlite": (f"sqlite:///{RESULTS / 'bench.sqlite3'}", "file"),
    "postgres": ("postgres://postgres@127.0.0.1:5432/portal_bench", "redis"),
}


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--backends", default=os.environ.get("BENCH_BACKENDS", "sqlite postgres"))
    parser.add_argument("--practices", type=int, default=10_000)
    parser.add_argument("--organisations", type=int, default=2_000)
    parser.add_argument("--documents", type=int, default=5_000)
    parser.add_argument(
        "--seconds",
        type=int,
        default=int(os.environ.get("BENCH_SECONDS", "10")),
        help="measured seconds per scenario (after a 2-20 s warm-up)",
    )
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--workers", type=int, default=0, help="gunicorn workers (default: one per CPU)")
    parser.add_argument(
        "--threads", type=int, default=1, help="threads per gunicorn worker (1: sync workers, as issue 18 measured)"
    )
    parser.add_argument("--database", help="measure this database only (sqlite:///… or postgres://…)")
    parser.add_argument("--fresh", action="store_true", help="generate the datasets again")
    parser.add_argument("--cache", choices=["redis", "file"], help="the workers' shared cache, for every backend")
    parser.add_argument("--only", help="comma-separated texts: run only scenarios whose name contains one")
    return parser.parse_args()


def runs(options):
    """(title, options for one backend) for each backend asked for."""
    if options.database:
        backend = "postgres" if options.database.startswith("postgres") else "sqlite"
        chosen_backends = {backend: (options.database, BACKENDS[backend][1])}
    else:
        chosen_backends = {name: BACKENDS[name] for name in options.backends.replace(",", " ").split()}
    for backend, (database, cache) in chosen_backends.items():
        cache = options.cache or cache
        if cache == "redis" and not shutil.which("redis-server"):
            cache = "file"
        title = f"{'SQLite' if backend == 'sqlite' else 'PostgreSQL'}, {'Redis' if cache == 'redis' else 'file'} cache"
        yield title, argparse.Namespace(**{**vars(options), "database": database, "cache": cache, "backend": backend})


def fresh_database(options):
    if options.database.startswith("sqlite:///"):
        for suffix in ("", "-wal", "-shm"):
            Path(options.database.removeprefix("sqlite:///") + suffix).unlink(missing_ok=True)
    else:
        ensure_postgres_database(options.database, drop=True)


def measure_backend(title, options, measure):
    if options.database.startswith("postgres"):
        ensure_postgres_database(options.database)
    if options.fresh:
        fresh_database(options)
    facts = prepare_dataset(options)
    participant = facts.pop(PARTICIPANT)
    scenarios = chosen(build_scenarios(facts, participant), options.only)
    load_before = load_average()
    redis = start_redis() if options.cache == "redis" else None
    server = start_server(options)
    rows = []
    try:
        for scenario in scenarios:
            result = measure(scenario, options.seconds, options.clients)
            rows.append({**scenario, **result})
            print(f"  {scenario['name']}: {result['rps']:.0f} req/s, p99 {result['p99']:.1f} ms", flush=True)
        rss = worker_rss_mb(server.pid)
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:  # workers stuck in a request: their queries end with the connection
            server.kill()
            server.wait(timeout=10)
        if redis:
            redis.terminate()
            redis.wait(timeout=10)
    print_table(rows, rss, clients=options.clients, title=title, load_before=load_before)


def main():
    options = parse_arguments()
    RESULTS.mkdir(exist_ok=True)
    measure = run_wrk if ensure_wrk() else run_python_client
    print(f"Load tool: {'wrk' if measure is run_wrk else 'threaded Python client'}.")
    for title, backend_options in runs(options):
        print(f"\n{title}: {backend_options.database}", flush=True)
        measure_backend(title, backend_options, measure)


if __name__ == "__main__":
    main()
