#!/usr/bin/env python
"""`make bench-newsletter`: send one issue to 50,000 subscribers through the task worker and Django's file e-mail
backend, and print the sending rate, the worker's peak memory and how fast the admin's progress answers meanwhile.

    .venv/bin/python scripts/bench_newsletter.py [--subscribers 50000] [--batch 500] [--database URL] [--keep]

A throw-away SQLite database (configured as the portal configures SQLite: WAL, synchronous=NORMAL) gets the
subscribers (70 % reading Bulgarian; a fifth with themes, a third with content types) and an issue of eight blocks;
`start_sending` queues the deliveries, then `manage.py run_worker --batch` (the real worker, in its own process)
sends every batch while this process asks the admin's progress endpoint twice a second, as the progress bar does,
and samples the worker's resident memory.
"""

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--subscribers", type=int, default=50_000)
    parser.add_argument("--batch", type=int, default=500, help="NEWSLETTER_BATCH_SIZE")
    parser.add_argument("--database", help="an empty database's URL (default: a new SQLite file, WAL, as deployed)")
    parser.add_argument("--keep", action="store_true", help="keep the database and the written messages")
    return parser.parse_args()


def rss_mb(pid):
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except FileNotFoundError:
        pass
    return 0.0


def make_data(count):
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from directory.models import Theme
    from newsletter.models import Issue, IssueBlock, Subscriber

    rng = random.Random(15)
    themes = [Theme.objects.create(name_bg=f"Тема {n}", name_en=f"Theme {n}", slug=f"theme-{n}") for n in range(6)]
    now = timezone.now()
    kinds = ["news", "practices", "films", "events"]
    Subscriber.objects.bulk_create(
        Subscriber(
            email=f"reader{n}@example.org",
            language="bg" if rng.random() < 0.7 else "en",
            status="confirmed",
            content_types=rng.sample(kinds, 2) if rng.random() < 0.33 else [],
            consent_text="Bench subscriber.",
            consented_at=now,
            confirmed_at=now,
        )
        for n in range(count)
    )
    through = Subscriber.themes.through
    ids = list(Subscriber.objects.values_list("pk", flat=True))
    through.objects.bulk_create(
        through(subscriber_id=pk, theme_id=rng.choice(themes).pk) for pk in ids if rng.random() < 0.2
    )
    issue = Issue.objects.create(
        subject_bg="Бюлетин за изпитване на скоростта",
        subject_en="Newsletter speed test",
        introduction_bg="Това е **въведение** с [връзка](https://example.org).",
        introduction_en="This is an **introduction** with [a link](https://example.org).",
    )
    for position in range(8):
        block = IssueBlock.objects.create(
            issue=issue,
            position=position,
            kind=kinds[position % 4],
            title_bg=f"Заглавие {position}",
            title_en=f"Title {position}" if position % 3 else "",
            summary_bg="Кратко резюме на съдържанието, едно-две изречения. " * 2,
            summary_en="A short summary of the content, a sentence or two. " * 2,
            url_bg=f"/bg/news/item-{position}/",
            url_en=f"/en/news/item-{position}/",
        )
        if position % 2:
            block.themes.add(themes[position % len(themes)])
    user = get_user_model().objects.create_superuser("bench", "bench@example.org", "bench-password")
    TOTP.activate(user, generate_totp_secret())  # the admin asks staff for a second factor
    return issue, user


def main():
    options = parse_arguments()
    work = Path(tempfile.mkdtemp(prefix="bench-newsletter-"))
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench_newsletter_settings",
        "PYTHONPATH": f"{ROOT / 'scripts'}:{ROOT}",
        "SECRET_KEY": "bench-only-" + "x" * 40,
        "DATABASE_URL": options.database or f"sqlite:///{work / 'bench.sqlite3'}",
        "BENCH_MAIL_DIR": str(work / "mail"),
        "NEWSLETTER_BATCH_SIZE": str(options.batch),
    }
    os.environ.update(env)
    sys.path[:0] = [str(ROOT / "scripts"), str(ROOT)]
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    from newsletter.models import Delivery
    from newsletter.sending import start_sending

    call_command("migrate", verbosity=0)
    started = time.monotonic()
    issue, user = make_data(options.subscribers)
    print(f"Data: {options.subscribers} subscribers in {time.monotonic() - started:.1f} s")

    started = time.monotonic()
    start_sending(issue=issue)
    queued = Delivery.objects.filter(issue=issue).count()
    print(f"Queued {queued} deliveries in {time.monotonic() - started:.1f} s")
    connection.close()

    client = Client()
    client.force_login(user)
    progress_url = f"/admin/newsletter/issue/{issue.pk}/progress/"
    worker = subprocess.Popen(
        [sys.executable, str(ROOT / "manage.py"), "run_worker", "--batch", "--interval", "0"], env=env, cwd=ROOT
    )
    started = time.monotonic()
    latencies, peak = [], 0.0
    while worker.poll() is None:
        peak = max(peak, rss_mb(worker.pid))
        asked = time.monotonic()
        response = client.get(progress_url)
        latencies.append((time.monotonic() - asked) * 1000)
        assert response.status_code == 200, response.status_code
        time.sleep(0.5)
    elapsed = time.monotonic() - started
    data = client.get(progress_url).json()
    written = sum(path.read_text().count("\nList-Unsubscribe-Post: ") for path in (work / "mail").glob("*.log"))

    print(f"Sent {data['sent']} of {data['total']} ({data['failed']} failed), {written} messages written")
    print(f"Worker: {elapsed:.1f} s, {data['sent'] / elapsed:.0f} messages/s, peak resident memory {peak:.0f} MB")
    print(
        f"Admin progress while sending: {len(latencies)} requests, median {statistics.median(latencies):.0f} ms, "
        f"p95 {statistics.quantiles(latencies, n=20)[-1]:.0f} ms, max {max(latencies):.0f} ms"
    )
    if options.keep:
        print(f"Kept in {work}")
    else:
        subprocess.run(["rm", "-rf", str(work)], check=True)
    return 0 if data["sent"] == data["total"] == written else 1


if __name__ == "__main__":
    sys.exit(main())
