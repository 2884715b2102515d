"""Small field helpers shared by events and sessions."""

from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from events.enums import SESSION_LANGUAGES

validate_language_codes = RegexValidator(
    r"^[a-z]{2}(,[a-z]{2})*$",
    _("Give two-letter language codes separated by commas, for example bg,en."),
)


def languages_field():
    return models.CharField(
        _("languages"),
        max_length=40,
        default="bg",
        validators=[validate_language_codes],
        help_text=_("Two-letter codes separated by commas, for example bg,en."),
    )


def language_names(codes):
    """The names of comma-separated language codes, in the page language."""
    names = dict(SESSION_LANGUAGES)
    return [str(names.get(code, code)) for code in codes.split(",") if code]
