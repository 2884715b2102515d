#!/usr/bin/env python
"""`make bench`: load-test the practice pages beside a bare Django view, on a generated realistic dataset.

    .venv/bin/python scripts/bench.py [--practices 10000] [--organisations 2000] [--documents 5000]
                                      [--seconds 10] [--clients 8] [--fresh] [--database URL]

1. Generates the dataset once into its own SQLite file (bench-results/bench.sqlite3) or the DATABASE_URL given
   with --database, with bulk_create, then reads back what the scenarios need; each app does its part in its
   module under benchlib/apps/, run in a child process with the bench settings (benchlib/data.py).
2. Serves the site with gunicorn on 127.0.0.1 (DEBUG off, a generated SECRET_KEY, scripts/bench_settings.py,
   whose URLconf adds the bare view at /bench/bare/), its workers sharing a loopback redis-server as their cache
   when one is installed (--cache local keeps each worker's own memory cache); benchlib/server.py.
3. Runs every scenario for --seconds with --clients concurrent connections through wrk (installed with apt-get
   when missing; a threaded Python client stands in when it cannot be; benchlib/load.py), and prints requests/s,
   p50/p90/p99 and the largest gunicorn worker's resident memory (benchlib/report.py).

An app adds its data and scenarios with a module in benchlib/apps/ (`APP_LABEL`, and any of `generate`,
`read_facts`, `scenarios`: see benchlib/apps/__init__.py); it is found by itself.
"""

import argparse
import shutil
from pathlib import Path

# scripts/ is on sys.path as this script's directory, so the package beside it imports as `benchlib`.
from benchlib import RESULTS
from benchlib.data import prepare_dataset
from benchlib.load import ensure_wrk, run_python_client, run_wrk
from benchlib.report import print_table
from benchlib.scenarios import build_scenarios
from benchlib.server import start_redis, start_server, worker_rss_mb


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--practices", type=int, default=10_000)
    parser.add_argument("--organisations", type=int, default=2_000)
    parser.add_argument("--documents", type=int, default=5_000)
    parser.add_argument(
        "--seconds", type=int, default=10, help="measured seconds per scenario (after a 2-20 s warm-up)"
    )
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--workers", type=int, default=0, help="gunicorn workers (default: one per CPU)")
    parser.add_argument("--threads", type=int, default=4, help="threads per gunicorn worker")
    parser.add_argument("--database", default=f"sqlite:///{RESULTS / 'bench.sqlite3'}")
    parser.add_argument("--fresh", action="store_true", help="delete the SQLite dataset and generate it again")
    parser.add_argument(
        "--cache",
        choices=["redis", "local"],
        default="redis",
        help="redis: a loopback redis-server shared by the workers (when installed); local: per-process memory",
    )
    parser.add_argument("--only", help="run only scenarios whose name contains this text")
    return parser.parse_args()


def main():
    options = parse_arguments()
    RESULTS.mkdir(exist_ok=True)
    database_file = Path(options.database.removeprefix("sqlite:///"))
    if options.fresh and options.database.startswith("sqlite:///") and database_file.exists():
        database_file.unlink()
    facts = prepare_dataset(options)
    scenarios = build_scenarios(facts)
    if options.only:
        scenarios = [s for s in scenarios if options.only in s["name"] or s.get("baseline")]
    measure = run_wrk if ensure_wrk() else run_python_client
    if options.cache == "redis" and not shutil.which("redis-server"):
        options.cache = "local"
    print(f"Load tool: {'wrk' if measure is run_wrk else 'threaded Python client'}; cache: {options.cache}.")
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
        server.wait(timeout=30)
        if redis:
            redis.terminate()
            redis.wait(timeout=10)
    print_table(rows, rss, options.clients)


if __name__ == "__main__":
    main()
