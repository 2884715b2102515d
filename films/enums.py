from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class FilmLanguage(models.TextChoices):
    """Languages films are made in and subtitled into: those of the partner countries first."""

    BULGARIAN = "bg", _("Bulgarian")
    ENGLISH = "en", _("English")
    ITALIAN = "it", _("Italian")
    PORTUGUESE = "pt", _("Portuguese")
    FRENCH = "fr", _("French")
    POLISH = "pl", _("Polish")
    GREEK = "el", _("Greek")
    GERMAN = "de", _("German")
    SPANISH = "es", _("Spanish")
    ROMANIAN = "ro", _("Romanian")


class TrackKind(models.TextChoices):
    SUBTITLES = "subtitles", _("Subtitles (translation of the speech)")
    CAPTIONS = "captions", _("Captions for deaf and hard-of-hearing viewers")


class TrackStatus(models.TextChoices):
    """A track is public only once approved."""

    DRAFT = "draft", _("Draft")
    # Translators: the status of a film's subtitles (plural in Bulgarian: "субтитрите са прегледани").
    REVIEWED = "reviewed", pgettext_lazy("subtitle track status", "Reviewed")
    APPROVED = "approved", pgettext_lazy("subtitle track status", "Approved")
