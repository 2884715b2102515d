"""Who receives an issue, which of its blocks each reader gets, and how far sending has come."""

from datetime import timedelta

from django.db.models import Count, Max, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from newsletter.enums import Audience, DeliveryStatus
from newsletter.models import Subscriber


def block_matches(block, *, kinds, themes, countries):
    """A reader's topics hold a block when each kind of topic they chose is empty, or the block is untagged for
    it, or they share one: a reader who chose "films" and "autism" gets films about autism and untagged films."""
    if kinds and block.kind not in kinds:
        return False
    if themes and block.theme_ids and themes.isdisjoint(block.theme_ids):
        return False
    return not (countries and block.country_codes and countries.isdisjoint(block.country_codes))


def blocks_for(subscriber, blocks):
    """The blocks of an issue `subscriber` receives (its themes prefetched), in the issue's order."""
    kinds = set(subscriber.content_types or ())
    themes = {theme.pk for theme in subscriber.themes.all()}
    countries = {str(country) for country in subscriber.countries}
    return [block for block in blocks if block_matches(block, kinds=kinds, themes=themes, countries=countries)]


def issue_blocks(issue):
    """The issue's blocks with `theme_ids` and `country_codes` set, in two queries."""
    blocks = list(issue.blocks.prefetch_related("themes"))
    for block in blocks:
        block.theme_ids = {theme.pk for theme in block.themes.all()}
        block.country_codes = {str(country) for country in block.countries}
    return blocks


def audience(issue):
    """The confirmed subscribers the issue is for, by its audience's language, with their themes."""
    subscribers = Subscriber.objects.confirmed().prefetch_related("themes").order_by("pk")
    if issue.audience != Audience.EVERYONE:
        subscribers = subscribers.filter(language=issue.audience)
    return subscribers


def progress(issue, *, now=None):
    """Sent / total, failures and an estimate of the time left from the last minute's pace, in one query."""
    now = now or timezone.now()
    minute_ago = now - timedelta(minutes=1)
    counts = issue.deliveries.aggregate(
        total=Count("pk"),
        sent=Count("pk", filter=Q(status=DeliveryStatus.SENT)),
        failed=Count("pk", filter=Q(status=DeliveryStatus.FAILED)),
        bounced=Count("pk", filter=Q(status=DeliveryStatus.BOUNCED)),
        last_minute=Count("pk", filter=Q(status=DeliveryStatus.SENT, sent_at__gte=minute_ago)),
        last_sent_at=Max("sent_at"),
    )
    done = counts["sent"] + counts["failed"] + counts["bounced"]
    remaining = counts["total"] - done
    pace = counts["last_minute"] / 60
    counts["done"] = done
    counts["remaining"] = remaining
    counts["seconds_left"] = round(remaining / pace) if pace and remaining else None
    counts["percent"] = round(100 * done / counts["total"]) if counts["total"] else 0
    counts["text"] = progress_text(counts)
    return counts


def progress_text(counts):
    text = _("%(sent)d of %(total)d sent, %(failed)d failed, %(bounced)d bounced.") % counts
    if counts["seconds_left"]:
        text += " " + _("About %(minutes)d min left.") % {"minutes": max(1, round(counts["seconds_left"] / 60))}
    return text
