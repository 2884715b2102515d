"""Strategic documents, handbooks, reports and tools, uploaded or linked."""

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from taggit.managers import TaggableManager

from core.models import PublishableModel, PublishableQuerySet, file_or_link_constraint
from core.slugs import SLUG_HELP_TEXT, SlugFromTitle
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
    tags = TaggableManager(_("tags"), blank=True, help_text=_("Free words, separated by commas."))
    practices = models.ManyToManyField(
        "practices.Practice", verbose_name=_("practices"), related_name="documents", blank=True
    )
    download_count = models.PositiveIntegerField(_("downloads"), default=0, editable=False)

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

    def get_absolute_url(self):
        return reverse("practices:document-detail", kwargs={"slug": self.slug})

    def get_download_url(self):
        return reverse("practices:document-download", kwargs={"slug": self.slug})

    @property
    def is_external(self):
        return not self.file
