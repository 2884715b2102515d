"""User-written Markdown to safe HTML, rendered once when the text is saved.

Markdown gives bold, italics, lists, links, quotes and code; raw HTML and images
are switched off in the parser, and nh3 (an allow-list sanitiser) has the last
word, so nothing outside the list below ever reaches a page.
"""

import markdown
import nh3

ALLOWED_TAGS = {"p", "br", "strong", "em", "ul", "ol", "li", "a", "blockquote", "code", "pre", "hr"}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}
LINK_REL = "nofollow ugc noopener"


class _NoRawHtmlNoImages(markdown.Extension):
    """Typed HTML is shown as text, and image syntax stays text: no pictures from elsewhere."""

    def extendMarkdown(self, md):  # noqa: N802 (Markdown's API name)
        md.preprocessors.deregister("html_block")
        for pattern in ("html", "image_link", "image_reference", "short_image_ref"):
            if pattern in md.inlinePatterns:
                md.inlinePatterns.deregister(pattern)


def render_markdown(text):
    """Return sanitised HTML for `text` (Markdown source written by a user)."""
    html = markdown.markdown(text or "", extensions=[_NoRawHtmlNoImages(), "sane_lists", "fenced_code"])
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel=LINK_REL,
        strip_comments=True,
    )
