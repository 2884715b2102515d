"""The pieces of `make bench` (scripts/bench.py): data, scenarios, server, load and report."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RESULTS = ROOT / "bench-results"
