"""Writes to practices and documents retire the cached practice pages (see core.page_cache); a document saved with a
new file has the worker read its words for the site search."""

from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver

from core import fragments, page_cache
from core.tags import Tag
from practices.caching import practice_body, practice_pages
from practices.models import Document, Practice
from practices.tasks import read_document_text

page_cache.retire_on(practice_pages, models=[Practice, Document, Tag])  # a renamed tag shows on their pages


@receiver(post_save, sender=Document, dispatch_uid="practices-read-document-text")
def read_new_file(sender, instance, created, raw=False, **kwargs):
    """The worker reads the file (or forgets its words); it does nothing when they are current."""
    if not raw and (instance.file or not created):
        transaction.on_commit(lambda pk=instance.pk: read_document_text.enqueue(pk))


fragments.retire_on(practice_body, models=[Practice])
fragments.retire_on(
    practice_body, models=[Document], objects=lambda document: document.practices.values_list("pk", flat=True)
)
fragments.retire_on(practice_body, models=[Tag], objects=lambda tag: fragments.ALL)  # a renamed tag
