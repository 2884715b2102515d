"""The whole site as production runs it, on loopback, for `make loadtest` and `make faulttest`.

`services.py` starts private services in a temporary folder (a redis-server and a PostgreSQL cluster of their own
on free ports, never the machine's shared ones), gunicorn and `manage.py run_worker`; `data.py` runs inside the
site's Django (a child process) to prepare the data and check what reached the database; `locustfile.py` is the
load test's simulated people.
"""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
