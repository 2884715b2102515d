from django.db import models
from django.utils.translation import gettext_lazy as _


class PublicationStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")


class Currency(models.TextChoices):
    BGN = "BGN", _("Bulgarian lev (BGN)")
    EUR = "EUR", _("Euro (EUR)")
