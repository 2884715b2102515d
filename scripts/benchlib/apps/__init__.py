"""One module per app for `make bench`, found by themselves: no list names them.

A module names its app (`APP_LABEL = "films"`) and may offer any of:
- `generate(options, rng)`: bulk-create its part of a new dataset (run in INSTALLED_APPS order on an empty database);
- `read_facts()`: what its scenarios need to know about the data (slugs, ids), JSON-ready; it may create its data on
  first read, so a reused dataset gets it too;
- `scenarios(facts)`: given what `read_facts` returned, a list of {"name": str, "paths": [str, ...], "headers": {...}}
  (several paths are requested in rotation; "target" marks the rows held to the targets in report.py).
They import Django inside their functions: the scenarios are built in the parent process, which has no Django.
"""

import importlib
import pkgutil


def modules():
    """Every app's bench module, by app label."""
    found = {}
    for info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{info.name}")
        found[module.APP_LABEL] = module
    return found


def installed():
    """The bench modules of the installed apps, in INSTALLED_APPS order (Django must be set up)."""
    from django.apps import apps

    found = modules()
    return [found[config.label] for config in apps.get_app_configs() if config.label in found]
