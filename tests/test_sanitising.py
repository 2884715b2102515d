"""What users write is rendered once with Markdown and sanitised with an allow-list before any page shows it."""

from html.parser import HTMLParser

import pytest

from core.markdown import render_markdown

SAFE_TAGS = {"p", "br", "strong", "em", "ul", "ol", "li", "a", "blockquote", "code", "pre", "hr"}


class ElementCollector(HTMLParser):
    """The real elements and attributes in rendered HTML (escaped text does not count)."""

    def __init__(self):
        super().__init__()
        self.elements = []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))


def elements_of(html):
    collector = ElementCollector()
    collector.feed(html)
    return collector.elements


HOSTILE_INPUTS = [
    "<script>alert('x')</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    '<img src="x" onerror="alert(1)">',
    '<a href="https://example.org" onclick="alert(1)">click</a>',
    "<div onmouseover=alert(1)>hover</div>",
    "[click](javascript:alert(1))",
    "[click](JaVaScRiPt:alert(1))",
    "[click](  javascript:alert(1))",
    "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[click](vbscript:msgbox(1))",
    "![tracker](https://evil.example/pixel.png)",
    '<iframe src="https://evil.example"></iframe>',
    "<style>body{display:none}</style>",
    '<svg onload="alert(1)"></svg>',
    "<!-- <script>alert(1)</script> -->",
    '[x](https://example.org "title" onclick=alert(1))',
    "**unclosed _emphasis [link](https://example.org",
    "<<script>script>alert(1)<</script>/script>",
    "`<script>alert(1)</script>`",
    "```\n<script>alert(1)</script>\n```",
]


@pytest.mark.parametrize("text", HOSTILE_INPUTS)
def test_render_markdown_hostile_input_leaves_nothing_executable(text):
    elements = elements_of(render_markdown(text))

    assert {tag for tag, _attrs in elements} <= SAFE_TAGS
    for tag, attrs in elements:
        assert set(attrs) <= ({"href", "title", "rel"} if tag == "a" else set())
        href = attrs.get("href", "https://")
        assert href.split(":", 1)[0].strip().lower() in {"https", "http", "mailto"}


def test_render_markdown_formatting_kept():
    html = render_markdown("**удебелен** _курсив_\n\n- едно\n- two\n\n> цитат\n\n`code`\n\n[сайт](https://example.org)")

    assert "<strong>удебелен</strong>" in html
    assert "<em>курсив</em>" in html
    assert "<li>едно</li>" in html
    assert "<blockquote>" in html
    assert "<code>code</code>" in html
    assert '<a href="https://example.org" rel="nofollow ugc noopener">сайт</a>' in html


def test_render_markdown_raw_html_shown_as_text():
    assert render_markdown("<b>bold</b>") == "<p>&lt;b&gt;bold&lt;/b&gt;</p>"


def test_render_markdown_image_syntax_stays_text():
    assert render_markdown("![a](https://example.org/a.png)") == "<p>![a](https://example.org/a.png)</p>"


def test_render_markdown_javascript_link_loses_href():
    assert render_markdown("[x](javascript:alert(1))") == '<p><a rel="nofollow ugc noopener">x</a></p>'


def test_render_markdown_mixed_cyrillic_and_latin_kept_intact():
    text = "Социалният Кооператив (Social Cooperative) в Благоевград – **NaChe Academy** и ИКТ/ICT"

    assert render_markdown(text) == (
        "<p>Социалният Кооператив (Social Cooperative) в Благоевград – <strong>NaChe Academy</strong> и ИКТ/ICT</p>"
    )


def test_render_markdown_very_long_input_rendered_whole():
    text = ("дума word " * 20_000).strip()

    html = render_markdown(text)

    assert html.startswith("<p>дума word")
    assert html.count("дума") == 20_000


def test_render_markdown_deeply_nested_quotes_do_not_fail():
    html = render_markdown(">" * 500 + " дълбоко")

    assert "дълбоко" in html
    assert "<script" not in html


def test_render_markdown_empty_text():
    assert render_markdown("") == ""
