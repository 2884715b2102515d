#!/usr/bin/env python
"""`make bench`: load-test the practice pages beside a bare Django view, on a generated realistic dataset.

    .venv/bin/python scripts/bench.py [--practices 10000] [--organisations 2000] [--documents 5000]
                                      [--seconds 10] [--clients 8] [--fresh] [--database URL]

1. Generates the dataset once into its own SQLite file (bench-results/bench.sqlite3) or the DATABASE_URL given
   with --database, with bulk_create (`DATA_GENERATORS`, in order), then reads back what the scenarios need
   (`FACT_READERS`).
2. Serves the site with gunicorn on 127.0.0.1 (DEBUG off, a generated SECRET_KEY, scripts/bench_settings.py,
   whose URLconf adds the bare view at /bench/bare/), its workers sharing a loopback redis-server as their cache
   when one is installed (--cache local keeps each worker's own memory cache).
3. Runs every scenario for --seconds with --clients concurrent connections through wrk (installed with apt-get
   when missing; a threaded Python client stands in when it cannot be), and prints requests/s, p50/p90/p99 and
   the largest gunicorn worker's resident memory.

Other areas add scenarios by appending a function to `SCENARIO_BUILDERS`: it gets the facts dict and returns a
list of {"name": str, "paths": [str, ...], "headers": {...}} (several paths are requested in rotation).
"""

import argparse
import os
import random
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from datetime import timedelta
from http.client import HTTPConnection
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench-results"


def free_port():
    """A port nobody listens on now, so several benches (or engineers) on one machine do not collide."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


PORT = free_port()
REDIS_PORT = free_port()
# A session cookie makes the practice pages skip the anonymous page cache: the cost of a real render.
UNCACHED = {"Cookie": "sessionid=bench-uncached"}
TARGET_P99_MS = 100
MAX_WARM_UP = 20
TARGET_RSS_MB = 150

WORDS_BG = (
    "социална иновация общност грижа подкрепа младежи възрастни хора община партньорство услуга доброволци "
    "заетост интеграция обучение център кооператив здраве достъп увреждане семейство село град програма"
).split()
WORDS_EN = (
    "social innovation community care support young older people municipality partnership service volunteers "
    "employment inclusion training centre cooperative health access disability family village town programme"
).split()
COUNTRIES = ["GB", "IT", "PT", "FR", "PL", "IE", "CY", "BG"]


def sentence(words, rng, length):
    return " ".join(rng.choice(words) for _ in range(length)).capitalize() + "."


def paragraph(words, rng, sentences=5):
    return " ".join(sentence(words, rng, rng.randint(8, 16)) for _ in range(sentences))


def bilingual(rng, sentences):
    return paragraph(WORDS_BG, rng, sentences), paragraph(WORDS_EN, rng, sentences)


# --- Dataset -----------------------------------------------------------------------------------------------


def generate_portal(options, rng):
    from portal.enums import OrganisationKind
    from portal.models import Organisation, Project, TargetGroup, Theme

    Theme.objects.bulk_create(
        Theme(slug=f"theme-{n}", name_bg=f"Тема {n}", name_en=f"Theme {n}", position=n) for n in range(12)
    )
    TargetGroup.objects.bulk_create(
        TargetGroup(slug=f"group-{n}", name_bg=f"Група {n}", name_en=f"Group {n}", position=n) for n in range(8)
    )
    kinds = [kind for kind, _label in OrganisationKind.choices]
    Organisation.objects.bulk_create(
        (
            Organisation(
                slug=f"organisation-{n}",
                name_bg=f"Организация {n}",
                name_en=f"Organisation {n}",
                kind=rng.choice(kinds),
                country=rng.choice(COUNTRIES),
                description_bg=paragraph(WORDS_BG, rng, 2),
                description_en=paragraph(WORDS_EN, rng, 2),
            )
            for n in range(options.organisations)
        ),
        batch_size=1000,
    )
    organisation_ids = list(Organisation.objects.values_list("pk", flat=True))
    Project.objects.bulk_create(
        (
            Project(
                code=f"BENCH-{n:04d}",
                slug=f"project-{n}",
                title_bg=f"Проект {n}",
                title_en=f"Project {n}",
                funding_programme_bg="Програма",
                funding_programme_en="Programme",
                total_budget=100000,
                eu_contribution=85000,
                national_cofinancing=15000,
                lead_organisation_id=rng.choice(organisation_ids),
            )
            for n in range(options.organisations // 10)
        ),
        batch_size=1000,
    )


def generate_practices(options, rng):
    from django.contrib.contenttypes.models import ContentType
    from django.utils import timezone
    from taggit.models import Tag, TaggedItem

    from portal.enums import PublicationStatus
    from portal.models import Organisation, Project, TargetGroup, Theme
    from practices.enums import DocumentLanguage, DocumentType, TransferStage
    from practices.models import Document, Practice

    organisation_ids = list(Organisation.objects.values_list("pk", flat=True))
    project_ids = list(Project.objects.values_list("pk", flat=True))
    theme_ids = list(Theme.objects.values_list("pk", flat=True))
    group_ids = list(TargetGroup.objects.values_list("pk", flat=True))
    stages = [stage for stage, _label in TransferStage.choices]
    now = timezone.now()
    practices = []
    for n in range(options.practices):
        texts = {}
        for field, sentences in (("summary", 3), ("description", 12), ("problem", 4), ("how_it_works", 6)):
            texts[f"{field}_bg"], texts[f"{field}_en"] = bilingual(rng, sentences)
        for field in ("results", "resources", "transfer_potential", "adaptation_preconditions"):
            texts[f"{field}_bg"], texts[f"{field}_en"] = bilingual(rng, 3)
        published = rng.random() < 0.95
        practices.append(
            Practice(
                slug=f"practice-{n}",
                title_bg=sentence(WORDS_BG, rng, 5).rstrip("."),
                title_en=sentence(WORDS_EN, rng, 5).rstrip("."),
                country=rng.choice(COUNTRIES),
                region_bg="Регион",
                region_en="Region",
                source_organisation_id=rng.choice(organisation_ids),
                project_id=rng.choice(project_ids) if rng.random() < 0.6 else None,
                transfer_stage=rng.choice(stages),
                status=PublicationStatus.PUBLISHED if published else PublicationStatus.DRAFT,
                published_at=now - timedelta(minutes=n) if published else None,
                reviewed_at=now if rng.random() < 0.4 else None,
                completeness=rng.randint(30, 100),
                **texts,
            )
        )
    Practice.objects.bulk_create(practices, batch_size=500)
    practice_ids = list(Practice.objects.values_list("pk", flat=True))

    themes, groups, partners = Practice.themes.through, Practice.target_groups.through, Practice.partners.through
    themes.objects.bulk_create(
        (themes(practice_id=pk, theme_id=t) for pk in practice_ids for t in rng.sample(theme_ids, rng.randint(1, 3))),
        batch_size=2000,
    )
    groups.objects.bulk_create(
        (
            groups(practice_id=pk, targetgroup_id=g)
            for pk in practice_ids
            for g in rng.sample(group_ids, rng.randint(1, 2))
        ),
        batch_size=2000,
    )
    partners.objects.bulk_create(
        (
            partners(practice_id=pk, organisation_id=o)
            for pk in practice_ids
            for o in rng.sample(organisation_ids, rng.randint(0, 3))
        ),
        batch_size=2000,
    )
    Tag.objects.bulk_create(Tag(name=f"етикет {n}", slug=f"tag-{n}") for n in range(400))
    tag_ids = list(Tag.objects.values_list("pk", flat=True))
    content_type = ContentType.objects.get_for_model(Practice)
    TaggedItem.objects.bulk_create(
        (
            TaggedItem(content_type=content_type, object_id=pk, tag_id=tag)
            for pk in practice_ids
            for tag in rng.sample(tag_ids, rng.randint(2, 5))
        ),
        batch_size=2000,
    )

    types = [value for value, _label in DocumentType.choices]
    languages = [value for value, _label in DocumentLanguage.choices]
    Document.objects.bulk_create(
        (
            Document(
                slug=f"document-{n}",
                title_bg=sentence(WORDS_BG, rng, 6).rstrip("."),
                title_en=sentence(WORDS_EN, rng, 6).rstrip("."),
                description_bg=paragraph(WORDS_BG, rng, 3),
                description_en=paragraph(WORDS_EN, rng, 3),
                document_type=rng.choice(types),
                language=rng.choice(languages),
                external_url=f"https://example.org/documents/{n}.pdf",
                page_count=rng.randint(4, 120),
                publisher_id=rng.choice(organisation_ids),
                publication_date=(now - timedelta(days=rng.randint(0, 3000))).date(),
                status=PublicationStatus.PUBLISHED,
            )
            for n in range(options.documents)
        ),
        batch_size=1000,
    )
    attached = Document.practices.through
    attached.objects.bulk_create(
        (
            attached(document_id=document, practice_id=practice)
            for document in Document.objects.values_list("pk", flat=True)
            if rng.random() < 0.6
            for practice in rng.sample(practice_ids, rng.randint(1, 2))
        ),
        batch_size=2000,
    )


def published_practice_slugs():
    from practices.models import Practice

    return list(Practice.objects.published().order_by("pk").values_list("slug", flat=True)[:200])


DATA_GENERATORS = [generate_portal, generate_practices]
# What the scenarios need to know about the dataset, read back from the database (also when it is reused).
FACT_READERS = {"practice_slugs": published_practice_slugs, "theme_slug": lambda: "theme-1"}


def events_programme_slug():
    """The events' 100-session conference, created on first read so a reused dataset gets it too."""
    from events.bench import ensure_programme

    return ensure_programme()


FACT_READERS["programme_slug"] = events_programme_slug


# --- Scenarios ---------------------------------------------------------------------------------------------


def practice_scenarios(facts):
    one = facts["practice_slugs"][0]
    details = [f"/bg/practices/{slug}/" for slug in facts["practice_slugs"]]
    return [
        {"name": "bare Django view", "paths": ["/bench/bare/"], "baseline": True},
        {"name": "practice list", "paths": ["/bg/practices/"], "target": True},
        {
            "name": "practice list, filtered",
            "paths": [
                f"/bg/practices/?country=IT&theme={facts['theme_slug']}",
                "/en/practices/?stage=piloted&reviewed=1",
            ],
            "target": True,
        },
        {
            "name": "practice list, pages 1-50",
            "paths": [f"/bg/practices/?page={n}" for n in range(1, 51)],
            "target": True,
        },
        {"name": "practice detail", "paths": [f"/bg/practices/{one}/"], "target": True},
        {"name": "practice detail, 200 pages", "paths": details, "target": True},
        {"name": "practice list, uncached", "paths": ["/bg/practices/"], "headers": UNCACHED},
        {
            "name": "practice list filtered, uncached",
            "paths": [f"/bg/practices/?country=IT&theme={facts['theme_slug']}"],
            "headers": UNCACHED,
        },
        {"name": "practice detail, uncached", "paths": details, "headers": UNCACHED},
        {"name": "document list", "paths": ["/bg/documents/"]},
    ]


SCENARIO_BUILDERS = [practice_scenarios]


def event_scenarios(facts):
    slug = facts["programme_slug"]
    return [
        {"name": "programme, 100 sessions", "paths": [f"/bg/events/{slug}/programme/"], "target": True},
        {"name": "programme iCalendar, 100 sessions", "paths": [f"/bg/events/{slug}/calendar.ics"]},
        {"name": "event list", "paths": ["/bg/events/"], "target": True},
    ]


SCENARIO_BUILDERS.append(event_scenarios)


def forum_facts():
    """The forum's 100,000 posts (one thread of exactly 100), created on first read like the events' programme."""
    from forum.bench import ensure_forum

    return ensure_forum()


FACT_READERS["forum"] = forum_facts


def forum_scenarios(facts):
    thread = f"/bg/forum/threads/{facts['forum']['thread_id']}/"
    return [
        {"name": "forum index, 100,000 posts", "paths": ["/bg/forum/"], "target": True},
        {"name": "forum category, 200 threads", "paths": [f"/bg/forum/{facts['forum']['category_slug']}/"]},
        {
            "name": "forum thread, 100 posts (pages 1-5)",
            "paths": [f"{thread}?page={n}" for n in range(1, 6)],
            "target": True,
        },
        {"name": "forum index, uncached", "paths": ["/bg/forum/"], "headers": UNCACHED},
        {"name": "forum thread, uncached", "paths": [f"{thread}?page={n}" for n in range(1, 6)], "headers": UNCACHED},
    ]


SCENARIO_BUILDERS.append(forum_scenarios)


def films_facts():
    """500 films with two 300-cue tracks each, created on first read like the events' programme."""
    from practices.films.bench import ensure_films

    return ensure_films()


FACT_READERS["films"] = films_facts


def film_scenarios(facts):
    films = [f"/bg/videos/{slug}/" for slug in facts["films"]["film_slugs"]]
    return [
        {"name": "film list, 500 films", "paths": ["/bg/videos/"], "target": True},
        {"name": "film list, filtered by subtitles", "paths": ["/bg/videos/?language=en", "/en/videos/?country=IT"]},
        {"name": "film page, 300-cue transcript", "paths": films, "target": True},
        {"name": "subtitle track .vtt, 300 cues", "paths": [f"{film}subtitles/bg.vtt" for film in films]},
        {"name": "film list, uncached", "paths": ["/bg/videos/"], "headers": UNCACHED},
        {"name": "film page, uncached", "paths": films, "headers": UNCACHED},
    ]


SCENARIO_BUILDERS.append(film_scenarios)


# --- Running -----------------------------------------------------------------------------------------------


def environment(options):
    env = dict(os.environ)
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "bench_settings",
            "PYTHONPATH": os.pathsep.join([str(ROOT / "scripts"), str(ROOT)]),
            "DEBUG": "0",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "127.0.0.1",
            "DATABASE_URL": options.database,
            "MEDIA_ROOT": str(RESULTS / "media"),
            "TASKS_BACKEND": "dummy",
            "LOG_LEVEL": "WARNING",
        }
    )
    return env


def prepare_dataset(options):
    """Run in a child process with the bench settings: migrate, generate when empty, return the facts."""
    code = "import json, sys; sys.argv = %r; import bench; print('FACTS=' + json.dumps(bench.build_dataset()))" % [
        sys.argv[0],
        *sys.argv[1:],
    ]
    result = subprocess.run(
        [sys.executable, "-c", code], env=environment(options), cwd=ROOT, capture_output=True, text=True, check=False
    )
    if result.returncode:
        sys.exit(f"Generating the dataset failed:\n{result.stdout}\n{result.stderr}")
    import json

    print(result.stdout.split("FACTS=")[0], end="")
    return json.loads(result.stdout.split("FACTS=")[1])


def build_dataset():
    import django

    django.setup()
    from django.core.management import call_command

    from practices.models import Practice

    options = parse_arguments()
    call_command("migrate", verbosity=0)
    rng = random.Random(2018)
    if not Practice.objects.exists():
        started = time.monotonic()
        for generator in DATA_GENERATORS:
            generator(options, rng)
        print(f"Generated the dataset in {time.monotonic() - started:.0f} s.")
    else:
        print("Reusing the dataset (pass --fresh to generate it again).")
    from portal.models import Organisation
    from practices.models import Document

    print(
        f"Dataset: {Practice.objects.count()} practices, {Organisation.objects.count()} organisations, "
        f"{Document.objects.count()} documents."
    )
    return {name: read() for name, read in FACT_READERS.items()}


def start_redis():
    """A throw-away Redis on loopback, so the gunicorn workers share one cache as a deployment would."""
    server = subprocess.Popen(
        ["redis-server", "--port", str(REDIS_PORT), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", REDIS_PORT), timeout=1) as connection:
                connection.sendall(b"PING\r\n")
                if connection.recv(16).startswith(b"+PONG"):
                    return server
        except OSError:
            time.sleep(0.2)
    server.terminate()
    sys.exit("redis-server did not answer within 10 seconds.")


def start_server(options):
    workers = options.workers or os.cpu_count() or 2
    command = [
        str(Path(sys.executable).with_name("gunicorn")),
        "portal.wsgi:application",
        f"--bind=127.0.0.1:{PORT}",
        f"--workers={workers}",
        "--worker-class=gthread",
        f"--threads={options.threads}",
        "--log-level=warning",
    ]
    env = environment(options)
    if options.cache == "redis":
        env["REDIS_URL"] = f"redis://127.0.0.1:{REDIS_PORT}/0"
    server = subprocess.Popen(command, env=env, cwd=ROOT)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and server.poll() is None:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{PORT}/bench/bare/", timeout=2) as response:
                if response.status == 200:
                    return server
        except OSError:
            time.sleep(0.3)
    server.terminate()
    sys.exit("gunicorn did not start or did not answer within 30 seconds.")


def worker_rss_mb(master_pid):
    """Resident memory of each gunicorn worker (children of the master), in MB."""
    sizes = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            text = status.read_text()
        except OSError:
            continue
        if re.search(rf"^PPid:\s+{master_pid}$", text, re.MULTILINE):
            sizes.append(int(re.search(r"^VmRSS:\s+(\d+) kB", text, re.MULTILINE).group(1)) / 1024)
    return sizes


def ensure_wrk():
    if shutil.which("wrk"):
        return True
    if shutil.which("apt-get") and os.geteuid() == 0:
        subprocess.run(["apt-get", "install", "-y", "wrk"], check=False, capture_output=True)
    return bool(shutil.which("wrk"))


WRK_SCRIPT = """
local paths = {%s}
local headers = {%s}
local i = 0
request = function()
  i = i %% #paths + 1
  return wrk.format("GET", paths[i], headers)
end
"""


def to_ms(value, unit):
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def warm_up_seconds(scenario):
    """Long enough for every worker to render each path once, so cacheable pages are measured warm."""
    return min(MAX_WARM_UP, 2 + len(scenario["paths"]) // 10)


def run_wrk(scenario, seconds, clients):
    paths = ", ".join(f'"{path}"' for path in scenario["paths"])
    headers = ", ".join(f'["{name}"] = "{value}"' for name, value in scenario.get("headers", {}).items())
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(WRK_SCRIPT % (paths, headers))
    base = f"http://127.0.0.1:{PORT}"
    threads = min(2, clients)
    subprocess.run(
        ["wrk", f"-t{threads}", f"-c{clients}", f"-d{warm_up_seconds(scenario)}s", "-s", script.name, base],
        capture_output=True,
        check=False,
    )
    output = subprocess.run(
        ["wrk", f"-t{threads}", f"-c{clients}", f"-d{seconds}s", "--latency", "-s", script.name, base],
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    os.unlink(script.name)
    percentiles = {
        int(p): to_ms(value, unit)
        for p, value, unit in re.findall(r"^\s+(50|90|99)%\s+([\d.]+)(us|ms|s)\s*$", output, re.M)
    }
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    if "Requests/sec" not in output:
        sys.exit(f"wrk gave no result for {scenario['name']}:\n{output}")
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50": percentiles.get(50),
        "p90": percentiles.get(90),
        "p99": percentiles.get(99),
        "errors": int(errors.group(1)) if errors else 0,
    }


def run_python_client(scenario, seconds, clients):
    """A stand-in for wrk: `clients` threads, each with one keep-alive connection, rotating through the paths."""
    latencies, errors, lock = [], [0], threading.Lock()

    def client(deadline, record):
        connection, index = HTTPConnection("127.0.0.1", PORT, timeout=10), 0
        while time.monotonic() < deadline:
            path = scenario["paths"][index % len(scenario["paths"])]
            index += 1
            started = time.perf_counter()
            connection.request("GET", path, headers=scenario.get("headers", {}))
            response = connection.getresponse()
            response.read()
            elapsed = (time.perf_counter() - started) * 1000
            if record:
                with lock:
                    latencies.append(elapsed)
                    errors[0] += response.status >= 400

    for duration, record in ((warm_up_seconds(scenario), False), (seconds, True)):
        deadline = time.monotonic() + duration
        threads = [threading.Thread(target=client, args=(deadline, record)) for _ in range(clients)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    latencies.sort()

    def percentile(p):
        return latencies[min(len(latencies) - 1, int(len(latencies) * p / 100))]

    return {
        "rps": len(latencies) / seconds,
        "p50": percentile(50),
        "p90": percentile(90),
        "p99": percentile(99),
        "errors": errors[0],
    }


def meets_targets(row, baseline):
    return baseline is not None and row["rps"] >= baseline / 2 and row["p99"] < TARGET_P99_MS and not row["errors"]


def print_table(rows, rss, clients):
    """The results, with a verdict for each targeted scenario: at least half the bare view's req/s, p99 in bounds."""
    baseline = next((row["rps"] for row in rows if row.get("baseline")), None)
    print(f"\n{clients} concurrent clients; latency in ms; 'of bare' = throughput relative to the bare view.")
    print(f"Targets (rows marked): >= 50% of the bare view's req/s and p99 < {TARGET_P99_MS} ms.\n")
    header = (
        f"{'scenario':<36} {'req/s':>9} {'p50':>8} {'p90':>8} {'p99':>8} {'of bare':>8} {'errors':>7} {'target':>7}"
    )
    print(header)
    print("-" * len(header))
    for row in rows:
        share = f"{row['rps'] / baseline:.0%}" if baseline else "-"
        verdict = ("met" if meets_targets(row, baseline) else "MISSED") if row.get("target") else ""
        print(
            f"{row['name']:<36} {row['rps']:>9.0f} {row['p50']:>8.1f} {row['p90']:>8.1f} {row['p99']:>8.1f} "
            f"{share:>8} {row['errors']:>7} {verdict:>7}"
        )
    memory = "met" if all(size < TARGET_RSS_MB for size in rss) else "MISSED"
    sizes = ", ".join(f"{size:.0f} MB" for size in rss)
    print(f"\ngunicorn worker RSS after the run: {sizes} (target < {TARGET_RSS_MB} MB: {memory})")
    print(
        f"Load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs (other work skews results)."
    )


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
    scenarios = [scenario for builder in SCENARIO_BUILDERS for scenario in builder(facts)]
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
