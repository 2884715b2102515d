"""The floors of docs/architecture.md hold: apps name each other only through imports the linter sees.

`make lint` runs import-linter's layers contract (pyproject.toml) over the imports; this module checks what
import-linter cannot see: dotted strings naming another app's modules, and that the declared order is the
same in the settings, the contract and the documentation.
"""

import ast
import tomllib
from pathlib import Path

from django.conf import settings

ROOT = Path(__file__).resolve().parent.parent
FLOORS = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]["contracts"][0]["layers"]
PROJECT_APPS = list(reversed(FLOORS))  # lowest first
SHELL = "portal"


def app_modules():
    for app in PROJECT_APPS:
        for path in sorted((ROOT / app).rglob("*.py")):
            if "migrations" not in path.parts:
                yield app, path


def dotted_strings(path):
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            head, dot, rest = node.value.partition(".")
            if dot and head in PROJECT_APPS and rest and all(part.isidentifier() for part in rest.split(".")):
                yield node.lineno, node.value


def is_model_reference(value):
    """ "practices.Practice": the lazy model reference Django's relations take, an app label and a class name."""
    _app, _dot, name = value.partition(".")
    return "." not in name and name[:1].isupper()


def test_project_apps_are_installed_in_floor_order():
    installed = [app for app in settings.INSTALLED_APPS if app in PROJECT_APPS]

    assert installed == PROJECT_APPS


def test_architecture_document_lists_the_floors_in_order():
    document = (ROOT / "docs" / "architecture.md").read_text()

    positions = [document.index(f"`{app}/`") for app in reversed(PROJECT_APPS)]

    assert positions == sorted(positions)


def test_no_app_names_another_by_dotted_string():
    """Only the shell names apps (INSTALLED_APPS, include("app.urls")); a model reference may point down a floor."""
    offences = []
    for app, path in app_modules():
        if app == SHELL:
            continue
        for line, value in dotted_strings(path):
            target = value.partition(".")[0]
            if target == app:
                continue
            if is_model_reference(value) and PROJECT_APPS.index(target) < PROJECT_APPS.index(app):
                continue
            offences.append(f"{path.relative_to(ROOT)}:{line}: {value}")

    assert offences == []


def test_data_model_diagram_matches_the_models():
    from scripts.model_diagram import BEGIN, DOCUMENT, END, mermaid

    committed = DOCUMENT.read_text().partition(BEGIN)[2].partition(END)[0].strip()

    assert committed == mermaid(), "run: python scripts/model_diagram.py --write"
