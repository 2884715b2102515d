"""Demo content from the seed texts, one module per app, loaded by `manage.py load_demo` (`make run`).

Each module names the app it fills (`APP_LABEL = "practices"`) and offers `load(*, stdout)`, safe to run again:
it creates only what is missing, matched by a natural key (slug, username), and never changes or deletes a row
that exists, so `make run` on a portal in real use leaves every edit, account and password as it is.
`load_all` finds the modules here by themselves and runs those of the installed apps in INSTALLED_APPS order, all in
one transaction (a failure half-way leaves nothing behind); a module that links to what other apps' demos made
names them in `LOADS_AFTER` and runs after them. A new app joins by adding its module to this package: no list
names the modules.

A plain package, not an installed app: nothing here is imported by the site itself.
"""

import importlib
import pkgutil

from django.apps import apps
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction
from django.utils import translation


def modules():
    """The demo modules of the installed apps, in the order they load."""
    found = {}
    for info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{info.name}")
        found[module.APP_LABEL] = module
    waiting = [found[config.label] for config in apps.get_app_configs() if config.label in found]
    ordered = []
    while waiting:
        pending = {module.APP_LABEL for module in waiting}
        ready = [module for module in waiting if pending.isdisjoint(getattr(module, "LOADS_AFTER", ()))]
        if not ready:
            raise ImproperlyConfigured(f"The demo modules of {sorted(pending)} wait for one another.")
        ordered.append(ready[0])
        waiting.remove(ready[0])
    return ordered


@transaction.atomic
def load_all(*, stdout):
    """Load every installed app's demo content in one transaction; later modules may link to earlier rows.

    Bulgarian is active, as on the site's default pages: the tags the content is given are Bulgarian words.
    """
    with translation.override(settings.LANGUAGE_CODE):
        for module in modules():
            module.load(stdout=stdout)
