"""The glossary's forbidden forms (locale/bg/glossary.toml), read by the catalogue's and the demo content's tests."""

import re
import tomllib
from pathlib import Path

GLOSSARY = Path(__file__).resolve().parent.parent / "locale" / "bg" / "glossary.toml"
FORBIDDEN = tomllib.loads(GLOSSARY.read_text(encoding="utf-8"))["forbidden"]


def forbidden_forms(text, *, context=None):
    """What in `text` the glossary rules out, as "'found': use …" lines; `context` (a msgctxt, or "session kind"
    for a session's title) lifts the rules that list it as an exception."""
    found = []
    for rule in FORBIDDEN:
        if context in rule.get("except_contexts", []):
            continue
        match = re.search(rule["pattern"], text, flags=re.IGNORECASE)
        if match:
            found.append(f"{match.group(0)!r}: use {rule['use']}")
    return found
