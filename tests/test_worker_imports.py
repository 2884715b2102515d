"""A web worker starts without the libraries only rare requests need: each costs about 3 MB in every worker, and
workers are replaced every 2,000 requests (docs/deploy.md), so most never use them."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOADS_THE_SITE = """
import json, sys
from django.core.wsgi import get_wsgi_application
get_wsgi_application()
from django.urls import get_resolver
get_resolver().url_patterns
print(json.dumps({name: name in sys.modules for name in sys.argv[1:]}))
"""


def test_a_worker_loads_icalendar_and_dnspython_only_when_a_request_needs_them():
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings", "DEBUG": "1", "PYTHONPATH": str(ROOT)}
    loaded = subprocess.run(
        [sys.executable, "-c", LOADS_THE_SITE, "icalendar", "dns.resolver", "django.contrib.admin"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )

    # The admin is loaded, so the site really started.
    assert json.loads(loaded.stdout.splitlines()[-1]) == {
        "icalendar": False,
        "dns.resolver": False,
        "django.contrib.admin": True,
    }
