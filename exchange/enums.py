from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class ListingKind(models.TextChoices):
    # Translators: an offer on the exchange of the virtual social cooperative („предложение“).
    OFFER = "offer", pgettext_lazy("exchange", "Offer")
    # Translators: a need on the exchange of the virtual social cooperative („нужда“).
    NEED = "need", pgettext_lazy("exchange", "Need")

    @classmethod
    def opposite(cls, kind):
        """An offer answers a need and a need is answered by an offer."""
        return cls.NEED if kind == cls.OFFER else cls.OFFER


class Category(models.TextChoices):
    SKILLS = "skills", _("Skills")
    EQUIPMENT = "equipment", _("Equipment")
    PREMISES = "premises", _("Premises")
    TRANSPORT = "transport", _("Transport")
    TRAINING = "training", _("Training")
    KNOW_HOW = "know-how", _("Know-how")
