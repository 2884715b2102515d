"""What the site search indexes of practices and documents (with the words of the uploaded file)."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from core.search import SearchSource
from practices.models import Document, Practice
from practices.models.practices import DESCRIPTIVE_FIELDS


def _slugs(related):
    return [item.slug for item in related.all()]


def _tags(obj, language):
    """The tags' names in `language` (tags are named in both; one without a name in it counts in the other)."""
    return " ".join(getattr(tag, f"name_{language}", "") or tag.name for tag in obj.tags.all())


def _file_text(document, language):
    """The file's words (read by the worker, practices.tasks) go with the document's own language (Bulgarian when
    it is neither site language)."""
    own = document.language if document.language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
    if language != own or not hasattr(document, "file_text"):  # no file, or not read yet
        return ""
    return document.file_text.text


PRACTICES = SearchSource(
    model=Practice,
    kind="practice",
    label=_("Practice"),
    objects=lambda: Practice.objects.published().prefetch_related("themes", "tags"),
    title="title",
    summary=("summary", _tags),
    body=(*(name for name in DESCRIPTIVE_FIELDS if name != "summary"), "region"),
    dated="published_at",
    countries=lambda practice: [practice.country],
    themes=lambda practice: _slugs(practice.themes),
)

DOCUMENTS = SearchSource(
    model=Document,
    kind="document",
    label=_("Document"),
    objects=lambda: Document.objects.published().select_related("file_text").prefetch_related("themes"),
    title="title",
    summary=("description",),
    extra=_file_text,
    dated="publication_date",
    themes=lambda document: _slugs(document.themes),
)
