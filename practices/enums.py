from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class TransferStage(models.TextChoices):
    """How far a practice has travelled towards Bulgaria, in order."""

    STUDIED_ABROAD = "studied", _("Studied abroad")
    DISCUSSED = "discussed", _("Discussed in Bulgaria")
    ADAPTED = "adapted", _("Adapted for Bulgaria")
    PILOTED = "piloted", _("Piloted in Bulgaria")
    ESTABLISHED = "established", _("Established in Bulgaria")


class PracticeSort(models.TextChoices):
    NEWEST = "newest", _("Newest first")
    TITLE = "title", _("Title, A–Z")
    DISCUSSED = "discussed", _("Most discussed")


class DocumentType(models.TextChoices):
    STRATEGY = "strategy", _("Strategic document")
    HANDBOOK = "handbook", _("Handbook")
    # Translators: a kind of document (a written report), not flagging a post.
    REPORT = "report", pgettext_lazy("document type", "Report")
    TOOL = "tool", _("Tool")
    POLICY_BRIEF = "policy_brief", _("Policy brief")
    OTHER = "other", _("Other")


class DocumentLanguage(models.TextChoices):
    """The language the document itself is written in, whatever the page language."""

    BULGARIAN = "bg", _("Bulgarian")
    ENGLISH = "en", _("English")
    ITALIAN = "it", _("Italian")
    PORTUGUESE = "pt", _("Portuguese")
    FRENCH = "fr", _("French")
    POLISH = "pl", _("Polish")
    GREEK = "el", _("Greek")
    MULTILINGUAL = "mul", _("Several languages")


class DocumentFormat(models.TextChoices):
    """File formats accepted for upload, recognised from the file's content."""

    PDF = "pdf", "PDF"
    DOCX = "docx", "DOCX"
    ODT = "odt", "ODT"
    XLSX = "xlsx", "XLSX"


# The change an organisation's followers hear of (declared in PracticesConfig.ready() through core.follows).
NEW_PRACTICE = "new-practice"
