"""An issue as a subscriber reads it: the blocks of their topics in their language, as HTML and plain text.

Readers with the same language and the same blocks get the same message but for their own signed links, so an
issue is rendered once per such variant (`IssueRenderer`) and each reader's links are put in afterwards: sending to
many costs a string replacement per reader, not a template. The HTML's stylesheet is written into style attributes
here, at send time (css-inline), since mail clients drop <style>; the templates keep plain CSS.
"""

from dataclasses import dataclass

import css_inline
from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.safestring import mark_safe

from core.absolute import absolute_url, site_host
from core.emails import build_mail, email_context
from core.markdown import render_markdown
from newsletter.links import subscriber_links

UNSUBSCRIBE_PLACEHOLDER = "NEWSLETTER-UNSUBSCRIBE-URL"
MANAGE_PLACEHOLDER = "NEWSLETTER-MANAGE-URL"
INLINER = css_inline.CSSInliner(keep_style_tags=False, load_remote_stylesheets=False)


@dataclass(frozen=True)
class ShownBlock:
    """A block in one language; `language` differs from the reader's when only the other translation exists."""

    kind_label: str
    title: str
    summary: str
    url: str
    language: str
    translation_missing: bool


def other_language(language):
    return next(code for code, _name in settings.LANGUAGES if code != language)


def shown_block(block, *, language, kind_labels):
    """`block` in `language`, or in the other language, marked, when it has no text in `language`."""
    shown_in = language if getattr(block, f"title_{language}") else other_language(language)
    return ShownBlock(
        kind_label=str(kind_labels.get(block.kind, block.kind)),
        title=getattr(block, f"title_{shown_in}") or "",
        summary=getattr(block, f"summary_{shown_in}") or "",
        url=absolute_url(getattr(block, f"url_{shown_in}") or getattr(block, f"url_{language}") or "/"),
        language=shown_in,
        translation_missing=shown_in != language,
    )


def issue_context(issue, *, language, blocks, kind_labels):
    """What the issue's templates (e-mail and web page) show, in `language`."""
    subject = getattr(issue, f"subject_{language}") or getattr(issue, f"subject_{other_language(language)}")
    introduction = getattr(issue, f"introduction_{language}") or ""
    return {
        "issue": issue,
        "subject": subject,
        "introduction": introduction,
        # Sanitised by nh3 in core.markdown (bandit B308/B703 ask about every mark_safe).
        "introduction_html": mark_safe(render_markdown(introduction)),  # nosec
        "blocks": [shown_block(block, language=language, kind_labels=kind_labels) for block in blocks],
        "web_url": absolute_url(issue_url(issue, language=language)),
    }


def issue_url(issue, *, language):
    with translation.override(language):
        return issue.get_absolute_url()


@dataclass(frozen=True)
class RenderedIssue:
    subject: str
    text: str
    html: str


class IssueRenderer:
    """Renders each (language, blocks) variant of one issue once, and builds every reader's message from it."""

    def __init__(self, issue, *, kind_labels):
        self.issue = issue
        self.kind_labels = kind_labels
        self._variants = {}

    def variant(self, *, language, blocks):
        key = (language, tuple(block.pk for block in blocks))
        if key not in self._variants:
            self._variants[key] = self.render(language=language, blocks=blocks)
        return self._variants[key]

    def render(self, *, language, blocks, links=None):
        """The issue in `language` with `blocks`; the links are placeholders unless given."""
        links = links or {"unsubscribe_url": UNSUBSCRIBE_PLACEHOLDER, "manage_url": MANAGE_PLACEHOLDER}
        with translation.override(language):
            context = email_context(
                {**issue_context(self.issue, language=language, blocks=blocks, kind_labels=self.kind_labels), **links}
            )
            text = render_to_string("newsletter/email/issue.txt", context).strip() + "\n"
            html = INLINER.inline(render_to_string("newsletter/email/issue.html", context))
        return RenderedIssue(subject=" ".join(context["subject"].split()), text=text, html=html)

    def message(self, subscriber, *, blocks, connection=None):
        """The e-mail for `subscriber`: their variant with their own links and the list headers."""
        rendered = self.variant(language=subscriber.language, blocks=blocks)
        links = subscriber_links(subscriber, language=subscriber.language)
        unsubscribe, manage = links["unsubscribe_url"], links["manage_url"]

        def personal(body):
            return body.replace(UNSUBSCRIBE_PLACEHOLDER, unsubscribe).replace(MANAGE_PLACEHOLDER, manage)

        message = build_mail(
            to=[subscriber.email],
            subject=rendered.subject,
            text=personal(rendered.text),
            html=personal(rendered.html),
            headers=list_headers(self.issue, subscriber, unsubscribe_url=unsubscribe),
        )
        message.connection = connection
        return message


def list_headers(issue, subscriber, *, unsubscribe_url):
    """RFC 2369 / RFC 8058 list headers: one-click unsubscribe by a POST to the https link, or by a mail.

    The Message-ID is the same for one issue and one subscriber, so a message sent again after a crash (the one
    moment a worker cannot know) is recognisable as the same message.
    """
    host = site_host()
    mailto = f"mailto:{settings.NEWSLETTER_UNSUBSCRIBE_MAILTO}?subject=unsubscribe"
    return {
        "List-Unsubscribe": f"<{unsubscribe_url}>, <{mailto}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "List-Id": f"<newsletter.{host}>",
        "Message-ID": f"<newsletter-{issue.pk}-{subscriber.pk}@{host}>",
        "Precedence": "bulk",
    }
