from django.db import models
from django.utils.translation import gettext_lazy as _


class PublicationStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")


class Currency(models.TextChoices):
    BGN = "BGN", _("Bulgarian lev (BGN)")
    EUR = "EUR", _("Euro (EUR)")


class ColumnType(models.TextChoices):
    """What the values of an open-data column are; the codebook shows the label, the API's schema the type."""

    TEXT = "text", _("text")
    IDENTIFIER = "identifier", _("identifier (letters, digits and hyphens)")
    INTEGER = "integer", _("whole number")
    DECIMAL = "decimal", _("decimal number, with a dot before the decimals")
    BOOLEAN = "boolean", _("true or false")
    DATE = "date", _("date, ISO 8601 (YYYY-MM-DD)")
    DATETIME = "datetime", _("date and time, ISO 8601 with the offset from UTC")
    URL = "url", _("web address")
    LIST = "list", _("list: separated by | in CSV, an array in JSON")
