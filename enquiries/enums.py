from django.db import models
from django.utils.translation import gettext_lazy as _


class EnquiryStatus(models.TextChoices):
    """Where an enquiry is; the enquirer sees the last three on their private page."""

    UNVERIFIED = "unverified", _("waiting for the e-mail address to be confirmed")
    RECEIVED = "received", _("received")
    ASSIGNED = "assigned", _("assigned to a partner organisation")
    ANSWERED = "answered", _("answered")


class EnquiryLanguage(models.TextChoices):
    BG = "bg", _("Bulgarian")
    EN = "en", _("English")
