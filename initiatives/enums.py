from django.db import models
from django.utils.translation import gettext_lazy as _


class CallKind(models.TextChoices):
    PARTNERS = "partners", _("call for partners")
    CAMPAIGN = "campaign", _("campaign")
    VOLUNTEERING = "volunteering", _("volunteering opportunity")


class CallStatus(models.TextChoices):
    PENDING = "pending", _("awaiting approval")
    OPEN = "open", _("open")
    CLOSED = "closed", _("closed")
    HIDDEN = "hidden", _("hidden by a moderator")
