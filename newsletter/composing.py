"""Composing an issue: blocks filled from what the apps published since the last issue, and test sends."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Max
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from core.absolute import absolute_url
from core.emails import build_mail
from core.newsletter import NEWSLETTER_BLOCKS
from newsletter.enums import IssueStatus
from newsletter.models import Issue, IssueBlock
from newsletter.queries import issue_blocks
from newsletter.rendering import IssueRenderer


def previous_issue_started(issue):
    """When the last other issue started sending, or None before the first."""
    others = Issue.objects.exclude(pk=issue.pk).filter(status__in=[IssueStatus.SENDING, IssueStatus.SENT])
    return others.aggregate(latest=Max("started_at"))["latest"]


@transaction.atomic
def fill_blocks(*, issue):
    """Add a block for everything published since the previous issue, by kind of content, after the blocks there.

    Content already in the issue is not added twice. Returns the new blocks.
    """
    since = previous_issue_started(issue)
    position = (issue.blocks.aggregate(last=Max("position"))["last"] or 0) + 1
    taken = set(issue.blocks.values_list("source_type_id", "source_id"))
    added = []
    for source in NEWSLETTER_BLOCKS:
        for candidate in source.new_since(since):
            source_type = ContentType.objects.get_for_model(candidate.content_object)
            if (source_type.pk, candidate.content_object.pk) in taken:
                continue
            block = IssueBlock(
                issue=issue,
                position=position,
                kind=candidate.kind,
                countries=list(candidate.countries),
                source_type=source_type,
                source_id=candidate.content_object.pk,
            )
            for language, text in candidate.title.items():
                setattr(block, f"title_{language}", text)
            for language, text in candidate.summary.items():
                setattr(block, f"summary_{language}", text)
            for language, url in candidate.url.items():
                setattr(block, f"url_{language}", url)
            block.save()
            block.themes.set(candidate.themes)
            added.append(block)
            position += 1
    return added


def send_test(*, issue, to, kind_labels):
    """The issue with all its blocks, once per language, to `to` alone (a moderator checking it); the links to
    unsubscribe and change topics lead to the subscription page, since `to` is not a subscriber."""
    blocks = issue_blocks(issue)
    renderer = IssueRenderer(issue, kind_labels=kind_labels)
    messages = []
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            page = absolute_url(reverse("newsletter:subscribe"))
            prefix = gettext("[Test]")
        rendered = renderer.render(
            language=language, blocks=blocks, links={"unsubscribe_url": page, "manage_url": page}
        )
        message = build_mail(to=[to], subject=f"{prefix} {rendered.subject}", text=rendered.text, html=rendered.html)
        message.send()
        messages.append(message)
    return messages
