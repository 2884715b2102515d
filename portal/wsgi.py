"""
WSGI config for portal project.

It exposes the WSGI callable as a module-level variable named ``application``.

For more information on this file, see
https://docs.djangoproject.com/en/5.2/howto/deployment/wsgi/
"""

import gc
import os

from django.core.signals import request_finished
from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")

application = get_wsgi_application()

# Each worker loads the search's dictionaries as it starts, not during its first search (seconds under load).
from core.search.text import warm  # noqa: E402 - needs the settings and the apps loaded above

warm()


def freeze_start_up_heap(**kwargs):
    """Put what a worker holds once started out of the garbage collector's sight: Django, the apps and their
    libraries (some 100,000 objects at import), then the URLconf, templates and translations its first page loads
    (some 70,000 more). None of it becomes garbage, yet each full collection walked all of it: 100 ms, every few
    hundred requests. After the first page the collector walks what requests make (0.2 ms)."""
    request_finished.disconnect(freeze_start_up_heap)
    gc.freeze()


gc.freeze()
request_finished.connect(freeze_start_up_heap)
