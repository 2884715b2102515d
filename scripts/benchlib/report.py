"""The targets (issue 18) and the results table, printed as Markdown so docs/bench.md can take it as it is."""

import os

TARGET_P99_MS = 50
TARGET_RSS_MB = 150


def baseline_rps(rows):
    """The bare view's throughput: the mean of its runs before and after the pages, which brackets the drift of a
    machine other people share."""
    runs = [row["rps"] for row in rows if row.get("baseline")]
    return sum(runs) / len(runs) if runs else None


def meets_targets(row, baseline):
    return (
        baseline is not None
        and row["rps"] >= row.get("min_share", 0.5) * baseline
        and row["p99"] < TARGET_P99_MS
        and not row["errors"]
    )


def load_average():
    one, five, fifteen = os.getloadavg()
    return f"{one:.1f} / {five:.1f} / {fifteen:.1f} on {os.cpu_count()} CPUs"


def print_table(rows, rss, *, clients, title, load_before):
    """The results, with a verdict for each targeted row: its share of the bare view (min_share), p99, no errors."""
    baseline = baseline_rps(rows)
    print(f"\n### {title}\n")
    print(
        f"{clients} concurrent clients; latency in ms; 'of bare' = throughput relative to the bare view (the mean "
        f"of its two runs). Targets: anonymous rows >= {0.5:.2f}, signed-in rows >= {0.25:.2f} of the bare view, "
        f"p99 < {TARGET_P99_MS} ms.\n"
    )
    print("| scenario | req/s | p50 | p90 | p95 | p99 | of bare | errors | target |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
    for row in rows:
        share = f"{row['rps'] / baseline:.2f}" if baseline else "-"
        verdict = ""
        if row.get("target"):
            verdict = f"{'met' if meets_targets(row, baseline) else 'MISSED'} (>= {row.get('min_share', 0.5):.2f})"
        print(
            f"| {row['name']} | {row['rps']:,.0f} | {row['p50']:.1f} | {row['p90']:.1f} | {row.get('p95') or 0:.1f} | "
            f"{row['p99']:.1f} | "
            f"{share} | {row['errors']} | {verdict} |"
        )
    memory = "met" if rss and all(size < TARGET_RSS_MB for size in rss) else "MISSED"
    sizes = ", ".join(f"{size:.0f} MB" for size in rss)
    print(f"\ngunicorn worker RSS after the run: {sizes} (target < {TARGET_RSS_MB} MB: {memory}).")
    print(f"Load average (1 / 5 / 15 min): {load_before} before, {load_average()} after; other work skews results.")
