"""The pieces of `make bench` (scripts/bench.py): each app's data and scenarios (apps/), the dataset, the scenarios,
the server, the load and the report."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RESULTS = ROOT / "bench-results"
