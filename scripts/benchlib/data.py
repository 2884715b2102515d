"""The dataset, built in a child process with the bench settings: each installed app's bench module (benchlib/apps/)
generates its part of an empty database in INSTALLED_APPS order, then reads back what its scenarios need to know."""

import json
import random
import subprocess
import sys
import time

from . import ROOT
from .participant import ensure_participant
from .server import environment

PARTICIPANT = "signed-in participant"  # the facts' key of the participant's session (not an app label)


def prepare_dataset(options):
    """Run `build_dataset` in a child process with the bench settings and return the facts it read."""
    code = (
        "import argparse, json; from benchlib.data import build_dataset; "
        f"print('FACTS=' + json.dumps(build_dataset(argparse.Namespace(**{vars(options)!r}))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], env=environment(options), cwd=ROOT, capture_output=True, text=True, check=False
    )
    if result.returncode:
        sys.exit(f"Generating the dataset failed:\n{result.stdout}\n{result.stderr}")
    print(result.stdout.split("FACTS=")[0], end="")
    return json.loads(result.stdout.split("FACTS=")[1])


def build_dataset(options):
    """Migrate, generate the dataset when the database has none, and return each app's facts by app label."""
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from practices.models import Practice

    from .apps import installed

    call_command("migrate", verbosity=0)
    modules = installed()
    rng = random.Random(2018)
    if not Practice.objects.exists():
        started = time.monotonic()
        for module in modules:
            if hasattr(module, "generate"):
                module.generate(options, rng)
        print(f"Generated the dataset in {time.monotonic() - started:.0f} s.")
    else:
        print("Reusing the dataset (pass --fresh to generate it again).")
    from directory.models import Organisation
    from practices.models import Document

    print(
        f"Dataset: {Practice.objects.count()} practices, {Organisation.objects.count()} organisations, "
        f"{Document.objects.count()} documents."
    )
    # In INSTALLED_APPS order, which the scenarios keep (JSON objects keep their order).
    facts = {module.APP_LABEL: module.read_facts() if hasattr(module, "read_facts") else None for module in modules}
    if connection.vendor == "postgresql":
        # Statistics for the planner, after the rows the facts create on first read too (films, the programme):
        # without them the practice list's tag facet ran for minutes on fresh rows, and a subtitle track's lookup
        # scanned every film for each track (42 ms). A few seconds; autovacuum may be off, as on this machine.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    return {**facts, PARTICIPANT: ensure_participant(facts)}
