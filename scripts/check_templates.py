"""Lint for templates: every blocktranslate is trimmed, no inline scripts or style attributes."""

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RULES = [
    (re.compile(r"{%\s*blocktrans(?:late)?\b(?![^%]*\btrimmed\b)[^%]*%}"), "blocktranslate without trimmed"),
    (re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/(?:ld\+)?json\")[^>]*>", re.I), "inline <script>"),
    (re.compile(r"\sstyle=\"", re.I), "inline style attribute"),
]


def main():
    problems = []
    for path in sorted((ROOT / "templates").rglob("*.html")) + sorted(ROOT.glob("*/templates/**/*.html")):
        text = path.read_text(encoding="utf-8")
        for pattern, message in RULES:
            for match in pattern.finditer(text):
                line = text.count("\n", 0, match.start()) + 1
                problems.append(f"{path.relative_to(ROOT)}:{line}: {message}")
    print("\n".join(problems) or "templates: ok")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
