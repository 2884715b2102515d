"""
WSGI config for portal project.

It exposes the WSGI callable as a module-level variable named ``application``.

For more information on this file, see
https://docs.djangoproject.com/en/5.2/howto/deployment/wsgi/
"""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")

application = get_wsgi_application()

# Each worker loads the search's dictionaries as it starts, not during its first search (seconds under load).
from core.search.text import warm  # noqa: E402 - needs the settings and the apps loaded above

warm()
