"""schema.org JSON-LD data blocks for search engines and link previews."""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe

# The escapes Django's json_script uses, so the data cannot close the <script> element it sits in.
_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def json_ld_script(data):
    """`data` as a <script type="application/ld+json"> element.

    Browsers do not execute a data block, so the Content-Security-Policy allows it without a nonce and
    scripts/check_templates.py accepts it. Dates, times and lazy translations are serialised by
    DjangoJSONEncoder; `<`, `>` and `&` are escaped, so text such as "</script>" stays inside the block.
    """
    payload = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_ESCAPES)
    # Safe: <, > and & are escaped just above (ruff S308, bandit B308/B703 ask about every mark_safe).
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))  # noqa: S308 # nosec
