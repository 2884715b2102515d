"""Settings as portal/settings.py builds them from an environment, read in a new interpreter.

The test process's settings were built once, from the test environment; a setting that depends on an environment
variable is checked here instead, in a child process with that variable set (and DEBUG on, so no secret is needed).
"""

import json
import os
import subprocess
import sys
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent


def settings_in_a_fresh_process(environ, *names):
    """{name: value} of the settings `names`, with portal.settings built from the test's environment plus `environ`.

    Variables the portal reads for the settings under test are taken out of the inherited environment first.
    """
    code = (
        "import json, sys; from django.conf import settings; "
        "print(json.dumps({name: getattr(settings, name) for name in sys.argv[1:]}))"
    )
    inherited = ("S3_", "BEHIND_PROXY", "TRUSTED_PROXY_COUNT", "DJANGO_SETTINGS_MODULE")
    env = {key: value for key, value in os.environ.items() if not key.startswith(inherited)}
    env.update(environ, DJANGO_SETTINGS_MODULE="portal.settings", DEBUG="1")
    result = subprocess.run(
        [sys.executable, "-c", code, *names], env=env, cwd=REPOSITORY, capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout)
