"""The worker's part of documents: reading the words of an uploaded file for the site search.

Reading a PDF of a hundred pages takes seconds, so the request that saves a document only enqueues the reading
(`practices.receivers`); the worker reads the file, keeps its words (`DocumentText`) and indexes the document again.
The periodic sweep reads what a lost enqueue or a worker outage left unread.
"""

from django.db.models import Exists, OuterRef
from django_tasks import task

from core.search.index import refresh
from practices.document_text import document_text
from practices.models import Document, DocumentText


@task()
def read_document_text(pk):
    """Keep the words of the document's current file and index the document again; nothing when they are kept
    already (so it is safe to run twice), and the words forgotten when the file was taken away."""
    document = Document.objects.filter(pk=pk).first()
    if document is None:
        return
    if not document.file:
        if DocumentText.objects.filter(document=document).delete()[0]:
            refresh(Document, [pk])
        return
    if DocumentText.objects.filter(document=document, file=document.file.name).exists():
        return
    DocumentText.objects.update_or_create(
        document=document, defaults={"file": document.file.name, "text": document_text(document)}
    )
    refresh(Document, [pk])


@task()
def read_unread_document_texts():
    """Read the files whose words are not kept yet."""
    kept = DocumentText.objects.filter(document=OuterRef("pk"), file=OuterRef("file"))
    for pk in Document.objects.exclude(file="").exclude(Exists(kept)).values_list("pk", flat=True).iterator():
        read_document_text.call(pk)
