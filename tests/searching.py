"""The site search as the area tests read it: plain titles, addresses and snippets of the first 20 results."""

import html
import re
from types import SimpleNamespace

from core.search.query import SiteSearch


def plain(marked):
    """Highlighted, escaped HTML back to the text it shows."""
    return html.unescape(re.sub(r"</?mark>", "", str(marked)))


def search(query, *, language):
    return [
        SimpleNamespace(kind=hit.kind, title=plain(hit.title), url=hit.url, summary=plain(hit.snippet))
        for hit in SiteSearch(query, language=language)[0:20]
    ]
