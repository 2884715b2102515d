"""Lint for templates: blocktranslate is trimmed, no inline scripts or style attributes, ids unlocalized, no line over
160 characters.

Formatting itself is djade's (`make format`); this catches what a formatter leaves alone. A long line is wrapped
between attributes or elements, or at a space already in the text: a Django tag cannot span lines.
"""

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAX_LINE = 160
UNLOCALIZED_ID = "an id without |unlocalize (1234 would read 1,234 in English)"
RULES = [
    (re.compile(r"{%\s*blocktrans(?:late)?\b(?![^%]*\btrimmed\b)[^%]*%}"), "blocktranslate without trimmed"),
    (re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/(?:ld\+)?json\")[^>]*>", re.I), "inline <script>"),
    (re.compile(r"\sstyle=\"", re.I), "inline style attribute"),
    # USE_THOUSAND_SEPARATOR writes post 1234 as "1,234" on English pages: an id in a link, an anchor or a form
    # value is not a quantity.
    (re.compile(r"{{\s*[\w.]*\.(?!auto_id\b)(?:pk|\w+_id)\s*}}"), UNLOCALIZED_ID),
]


def problems_in(name, text):
    """The problems of one template, each as `name:line: message`."""
    problems = []
    for pattern, message in RULES:
        for match in pattern.finditer(text):
            line = text.count("\n", 0, match.start()) + 1
            problems.append(f"{name}:{line}: {message}")
    for number, line in enumerate(text.splitlines(), start=1):
        if len(line) > MAX_LINE:
            problems.append(f"{name}:{number}: line of {len(line)} characters, over {MAX_LINE}")
    return problems


def main():
    problems = []
    for path in sorted((ROOT / "templates").rglob("*.html")) + sorted(ROOT.glob("*/templates/**/*.html")):
        problems += problems_in(path.relative_to(ROOT), path.read_text(encoding="utf-8"))
    print("\n".join(problems) or "templates: ok")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
