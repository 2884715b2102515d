"""`make bench` finds each app's bench module by itself (scripts/benchlib/apps/); none may be lost to a wrong label."""

import importlib
from pathlib import Path

import pytest
from django.conf import settings


@pytest.fixture
def benchlib(monkeypatch):
    """scripts/benchlib, imported as scripts/bench.py imports it (scripts/ on sys.path)."""
    monkeypatch.syspath_prepend(str(Path(settings.BASE_DIR) / "scripts"))
    return importlib.import_module("benchlib.apps")


def test_every_bench_module_belongs_to_an_installed_app(benchlib):
    labels = list(benchlib.modules())

    installed = [module.APP_LABEL for module in benchlib.installed()]

    assert sorted(installed) == sorted(labels)
    assert {"directory", "practices", "films", "events", "forum"} <= set(labels)
