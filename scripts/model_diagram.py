"""Print the project's data model as a Mermaid diagram, one box per concrete model, grouped by floor.

`python scripts/model_diagram.py --write` refreshes the diagram between the markers in docs/architecture.md;
tests/test_architecture.py fails when the committed diagram no longer matches the models.
"""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCUMENT = ROOT / "docs" / "architecture.md"
BEGIN, END = "<!-- model-diagram:begin -->", "<!-- model-diagram:end -->"


def mermaid():
    from django.apps import apps
    from django.conf import settings

    project_apps = [name for name in settings.INSTALLED_APPS if (ROOT / name).is_dir()]
    lines = ["```mermaid", "flowchart LR"]
    edges = []
    for label in project_apps:
        models = [m for m in apps.get_app_config(label).get_models() if not m._meta.auto_created]
        if not models:
            continue
        lines.append(f"  subgraph {label}")
        for model in models:
            lines.append(f"    {label}_{model.__name__}[{model.__name__}]")
            for field in model._meta.get_fields():
                if not field.is_relation or field.auto_created or field.related_model is None:
                    continue
                target = field.related_model._meta
                if target.app_label not in project_apps:
                    continue
                arrow = "-->|many|" if field.many_to_many else "-->"
                edges.append(f"  {label}_{model.__name__} {arrow} {target.app_label}_{target.object_name}")
        lines.append("  end")
    return "\n".join(lines + sorted(set(edges)) + ["```"])


def document_with(diagram):
    text = DOCUMENT.read_text()
    before, _old, after = text.partition(BEGIN)[0], None, text.partition(END)[2]
    return f"{before}{BEGIN}\n{diagram}\n{END}{after}"


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
    os.environ.setdefault("DEBUG", "1")
    import django

    django.setup()
    if "--write" in sys.argv:
        DOCUMENT.write_text(document_with(mermaid()))
    else:
        print(mermaid())
