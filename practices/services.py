"""Writes to practices and documents: saving with derived fields, publishing, reviewing, counting downloads."""

from pathlib import Path

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from core import page_cache
from core.enums import PublicationStatus
from core.images import fit_image
from forum.services import notify_followers
from practices.enums import NEW_PRACTICE
from practices.models import COVER_WIDTHS, Document, Practice
from practices.models.practices import DESCRIPTIVE_FIELDS
from practices.validators import detect_document_format

# Descriptive fields whose filling, in each language, makes up the completeness percentage.
COMPLETENESS_LANGUAGES = ("bg", "en")


def compute_completeness(practice):
    """Percentage of descriptive items filled: each text field per language, cover, contact, dates, themes, groups."""
    checks = [
        bool(getattr(practice, f"{name}_{code}")) for name in DESCRIPTIVE_FIELDS for code in COMPLETENESS_LANGUAGES
    ]
    checks += [
        bool(practice.cover_image),
        bool(practice.contact_email or practice.contact_url),
        practice.started_on is not None,
        practice.themes.exists(),
        practice.target_groups.exists(),
    ]
    return round(100 * sum(checks) / len(checks))


def make_cover_renditions(practice):
    """Store the smaller `srcset` copies of the cover next to the (already fitted) original."""
    for field_name, width in zip(("cover_small", "cover_medium"), COVER_WIDTHS[:2], strict=True):
        rendition = getattr(practice, field_name)
        if rendition:
            rendition.delete(save=False)
        if practice.cover_image:
            with practice.cover_image.open("rb"):
                content, extension = fit_image(practice.cover_image, (width, width * 2))
            rendition.save(f"{Path(practice.cover_image.name).stem}-{width}{extension}", content, save=False)


@transaction.atomic
def save_practice(*, practice, cover_changed=False):
    """Save `practice` (its slug comes from core.slugs), with new cover renditions when the cover changed; the
    followers of its organisation hear of it when it is first published."""
    first_published = practice.status == PublicationStatus.PUBLISHED and practice.published_at is None
    if first_published:
        practice.published_at = timezone.now()
    practice.save()
    if first_published:
        notify_followers(kind=NEW_PRACTICE, subject=practice)
    if cover_changed:
        make_cover_renditions(practice)
        practice.save(update_fields=["cover_small", "cover_medium"])
    return practice


def update_practice_completeness(*, practice):
    """Recompute the stored completeness; call it after the practice's themes and target groups are saved."""
    practice.completeness = compute_completeness(practice)
    Practice.objects.filter(pk=practice.pk).update(completeness=practice.completeness)
    page_cache.retire(Practice)
    return practice


@transaction.atomic
def publish_practices(*, practices):
    """Publish the given practices; those published before keep their first publication time, the others' organisations'
    followers hear of them. Returns the count."""
    now = timezone.now()
    pks = [practice.pk for practice in practices]
    first_published = list(
        Practice.objects.filter(pk__in=pks, published_at__isnull=True).select_related("source_organisation")
    )
    Practice.objects.filter(pk__in=[practice.pk for practice in first_published]).update(published_at=now)
    count = Practice.objects.filter(pk__in=pks).update(status=PublicationStatus.PUBLISHED)
    page_cache.retire(Practice)
    for practice in first_published:
        notify_followers(kind=NEW_PRACTICE, subject=practice)
    return count


def review_practices(*, practices, reviewer):
    """Mark the practices as reviewed now by `reviewer`. Returns the count."""
    count = Practice.objects.filter(pk__in=[p.pk for p in practices]).update(
        reviewed_by=reviewer, reviewed_at=timezone.now()
    )
    page_cache.retire(Practice)
    return count


def stored_document_format(field_file):
    """The DocumentFormat of a file field's content; a stored file is opened and closed again, an upload kept open."""
    if field_file._committed:
        with field_file.open("rb"):
            return detect_document_format(field_file) or ""
    return detect_document_format(field_file) or ""


@transaction.atomic
def save_document(*, document):
    """Save `document` with, for an uploaded file, its recognised format and size (its slug comes from core.slugs)."""
    if document.file:
        document.file_format = stored_document_format(document.file)
        document.file_size = document.file.size
    else:
        document.file_format, document.file_size = "", None
    document.save()
    return document


def record_download(*, document):
    """Count one download in the database, without reading or locking the row.

    No cached page shows the count, so it retires nothing (see core.page_cache).
    """
    Document.objects.filter(pk=document.pk).update(download_count=F("download_count") + 1)
