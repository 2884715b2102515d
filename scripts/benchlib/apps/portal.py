"""The site search in `make bench`: the index over the whole generated dataset (10,000 practices, 100,000 forum
posts, 500 films with two 300-cue tracks, …), then 20 queries people type, 10 in Cyrillic and 10 in Latin letters
(transliterated, English, a typo), at --clients concurrent clients. The target (issue 14): p95 under 150 ms on
PostgreSQL; wrk reports p50, p90 and p99, and a p99 under the target holds p95 under it."""

import os
import time
from urllib.parse import urlencode

from ..scenarios import UNCACHED

APP_LABEL = "portal"

CYRILLIC = [
    "социална иновация",
    "социалните иновации",
    "грижа за възрастни хора",
    "доброволци",
    "партньорството с общината",
    "младежи заетост",
    "обучение на семейства",
    "достъп до здраве",
    "кооператив село",
    "партнорство",  # a typo
]
LATIN = [
    "sotsialna inovatsiya",
    "socialni inovacii",
    "dobrovoltsi",
    "grizha za vazrastni",
    "obuchenie",
    "social innovation",
    "volunteers",
    "older people care",
    "municipality partnership",
    "cooperative village",
]


def read_facts():
    """Build the search index when it does not cover the dataset (the generators write with bulk_create, which sends
    no signals)."""
    from core.search import sources
    from core.search.index import rebuild
    from core.search.models import SearchEntry, SearchPosting

    only = os.environ.get("BENCH_ONLY", "")
    if only and "search" not in only:  # a quick run without the search rows skips the index's long first build
        return {"entries": SearchEntry.objects.count(), "postings": SearchPosting.objects.count()}
    if SearchEntry.objects.count() < sum(source.objects().count() for source in sources()) * 0.9:
        started = time.monotonic()
        rebuild(progress=lambda kind, done, total: done == total and print(f"  indexed {total} {kind}", flush=True))
        print(f"Built the search index in {time.monotonic() - started:.0f} s.")
    return {"entries": SearchEntry.objects.count(), "postings": SearchPosting.objects.count()}


def paths(queries):
    return [f"/bg/search/?{urlencode({'q': query})}" for query in queries]


def scenarios(facts):
    size = f"{facts['entries']:,} entries"
    return [
        {"name": "home", "paths": ["/bg/", "/en/"], "target": True, "signed_in": True, "signed_in_target": False},
        {"name": f"search, 10 Cyrillic queries ({size})", "paths": paths(CYRILLIC), "headers": UNCACHED},
        {"name": "search, 10 Latin-letter queries", "paths": paths(LATIN), "headers": UNCACHED},
    ]
