from django.conf import settings
from django.urls import reverse, translate_url
from django.utils.translation import get_language, get_language_info

from .models import SiteSettings
from .navigation import MAIN_SECTIONS


def site(request):
    """What the site shell needs on every page: sections, language alternates, footer texts."""
    path = request.path
    alternates = []
    for code, _name in settings.LANGUAGES:
        alternates.append(
            {
                "code": code,
                "name": get_language_info(code)["name_local"],
                "path": translate_url(path, code),
                "current": code == get_language(),
            }
        )
    return {
        "main_sections": [(reverse(name), label, name.split(":")[0]) for name, label in MAIN_SECTIONS],
        "language_alternates": alternates,
        "site_settings": SiteSettings.load(),
    }
