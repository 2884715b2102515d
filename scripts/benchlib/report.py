"""The targets and the results table."""

import os

TARGET_P99_MS = 100
TARGET_RSS_MB = 150


def meets_targets(row, baseline):
    return baseline is not None and row["rps"] >= baseline / 2 and row["p99"] < TARGET_P99_MS and not row["errors"]


def print_table(rows, rss, clients):
    """The results, with a verdict for each targeted scenario: at least half the bare view's req/s, p99 in bounds."""
    baseline = next((row["rps"] for row in rows if row.get("baseline")), None)
    print(f"\n{clients} concurrent clients; latency in ms; 'of bare' = throughput relative to the bare view.")
    print(f"Targets (rows marked): >= 50% of the bare view's req/s and p99 < {TARGET_P99_MS} ms.\n")
    header = (
        f"{'scenario':<36} {'req/s':>9} {'p50':>8} {'p90':>8} {'p95':>8} {'p99':>8} "
        f"{'of bare':>8} {'errors':>7} {'target':>7}"
    )
    print(header)
    print("-" * len(header))
    for row in rows:
        share = f"{row['rps'] / baseline:.0%}" if baseline else "-"
        verdict = ("met" if meets_targets(row, baseline) else "MISSED") if row.get("target") else ""
        print(
            f"{row['name']:<36} {row['rps']:>9.0f} {row['p50']:>8.1f} {row['p90']:>8.1f} {row['p95'] or 0:>8.1f} "
            f"{row['p99']:>8.1f} "
            f"{share:>8} {row['errors']:>7} {verdict:>7}"
        )
    memory = "met" if all(size < TARGET_RSS_MB for size in rss) else "MISSED"
    sizes = ", ".join(f"{size:.0f} MB" for size in rss)
    print(f"\ngunicorn worker RSS after the run: {sizes} (target < {TARGET_RSS_MB} MB: {memory})")
    print(
        f"Load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs (other work skews results)."
    )
