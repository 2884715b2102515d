"""Strategic documents, handbooks, reports and tools, uploaded or linked."""

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.models import PublishableModel, PublishableQuerySet, file_or_link_constraint
from core.slugs import SLUG_HELP_TEXT, SlugFromTitle
from core.tags import translated_tags
from practices.enums import DocumentFormat, DocumentLanguage, DocumentType
from practices.validators import validate_document_content, validate_document_size


class Document(SlugFromTitle, PublishableModel):
    title = models.CharField(_("title"), max_length=300)
    slug = models.SlugField(
        _("slug"),
        max_length=250,
        unique=True,
        blank=True,
        help_text=SLUG_HELP_TEXT,
    )
    description = models.TextField(_("description"), blank=True)
    document_type = models.CharField(_("type"), max_length=16, choices=DocumentType.choices, db_index=True)
    language = models.CharField(
        _("language of the document"),
        max_length=3,
        choices=DocumentLanguage.choices,
        db_index=True,
        help_text=_("The language the document itself is written in."),
    )
    file = models.FileField(
        _("file"),
        upload_to="documents/%Y/",
        blank=True,
        validators=[validate_document_size, validate_document_content],
        help_text=_("PDF, DOCX, ODT or XLSX, at most 50 MB. Leave empty when you give a link instead."),
    )
    file_format = models.CharField(
        _("file format"), max_length=8, choices=DocumentFormat.choices, blank=True, editable=False
    )
    file_size = models.PositiveBigIntegerField(_("file size in bytes"), null=True, blank=True, editable=False)
    external_url = models.URLField(
        _("external link"), max_length=500, blank=True, help_text=_("Leave empty when you upload a file instead.")
    )
    page_count = models.PositiveIntegerField(_("number of pages"), null=True, blank=True)
    publisher = models.ForeignKey(
        "directory.Organisation",
        verbose_name=_("publisher"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="published_documents",
    )
    project = models.ForeignKey(
        "directory.Project",
        verbose_name=_("funded project"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="documents",
    )
    publication_date = models.DateField(_("publication date"), null=True, blank=True)
    themes = models.ManyToManyField("directory.Theme", verbose_name=_("themes"), related_name="documents", blank=True)
    tags = translated_tags(help_text=_("Free words, separated by commas."))
    practices = models.ManyToManyField(
        "practices.Practice", verbose_name=_("practices"), related_name="documents", blank=True
    )
    download_count = models.PositiveIntegerField(_("downloads"), default=0, editable=False)
    original = models.ForeignKey(
        "self",
        verbose_name=_("edition of"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="editions",
        help_text=_(
            "When this is another language's edition of a document already here (the English edition of a "
            "Bulgarian report), choose that document: each page then offers the other editions."
        ),
    )

    objects = PublishableQuerySet.as_manager()

    class Meta:
        ordering = ["-publication_date", "-id"]
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        constraints = [
            file_or_link_constraint(
                name="document_file_xor_link",
                message=_("Upload a file or give an external link, not both and not neither."),
            ),
        ]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        original = self.original
        if original is None:
            return
        if original.pk == self.pk:
            raise ValidationError({"original": _("A document cannot be an edition of itself.")})
        if original.original_id is not None:
            raise ValidationError(
                {
                    "original": _("Choose the first edition: “%(title)s” is itself an edition of another document.")
                    % {"title": original}
                }
            )
        if self.pk and self.editions.exists():
            raise ValidationError({"original": _("This document has editions of its own, so it is a first edition.")})
        if original.language == self.language:
            raise ValidationError(
                {"original": _("An edition is in another language than the document it is an edition of.")}
            )

    def language_versions(self):
        """The published editions of this document in other languages (the first edition and its editions), in one
        query: what the page offers beside this one."""
        first = self.original_id or self.pk
        return (
            Document.objects.published()
            .filter(models.Q(pk=first) | models.Q(original_id=first))
            .exclude(pk=self.pk)
            .exclude(language=self.language)
            .only("slug", "title_bg", "title_en", "language")
            .order_by("language")
        )

    def get_absolute_url(self):
        return reverse("practices:document-detail", kwargs={"slug": self.slug})

    def get_download_url(self):
        return reverse("practices:document-download", kwargs={"slug": self.slug})

    @property
    def is_external(self):
        return not self.file


class DocumentText(models.Model):
    """The words of a document's uploaded file, read by the worker after the save (practices.tasks), never in the
    request, for the site search. Kept beside the document, so that lists of documents never load them; `file` names
    the file they were read from, so a new upload is read again."""

    document = models.OneToOneField(
        Document, verbose_name=_("document"), on_delete=models.CASCADE, primary_key=True, related_name="file_text"
    )
    file = models.CharField(_("file read"), max_length=255)
    text = models.TextField(_("text"), blank=True)

    class Meta:
        verbose_name = _("text of a document's file")
        verbose_name_plural = _("texts of documents' files")

    def __str__(self):
        return self.file
