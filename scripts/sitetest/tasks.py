"""A task for the fault test's worker: it takes a while, so a database outage can find it running."""

import time

from django_tasks import task


@task()
def pause(seconds):
    """Wait `seconds`, then report them: the result row tells whether the worker finished it."""
    time.sleep(seconds)
    return seconds
