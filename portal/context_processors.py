from functools import lru_cache

from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.urls import get_script_prefix, reverse, translate_url
from django.utils.translation import get_language, get_language_info

from .models import SiteSettings
from .navigation import MAIN_SECTIONS


def site(request):
    """What the site shell needs on every page: sections, language alternates, footer texts."""
    language, prefix = get_language(), get_script_prefix()
    return {
        "main_sections": main_sections(language, prefix),
        "language_alternates": language_alternates(request.path, language, prefix),
        "site_settings": SiteSettings.load(),
    }


# Both are the same for every request to one path in one language (the URLs do not change while a worker runs), and
# reversing them was a tenth of a cached signed-in page; remembered per worker.


@lru_cache(maxsize=8)
def main_sections(language, script_prefix):
    return tuple((reverse(name), label, name.split(":")[0]) for name, label in MAIN_SECTIONS)


@lru_cache(maxsize=2048)
def language_alternates(path, language, script_prefix):
    return tuple(
        {
            "code": code,
            "name": get_language_info(code)["name_local"],
            "path": translate_url(path, code),
            "current": code == language,
        }
        for code, _name in settings.LANGUAGES
    )


@receiver(setting_changed, dispatch_uid="portal-shell-urls-forgotten")
def forget_shell_urls(setting, **kwargs):
    """A test that swaps the URLs or the languages gets the shell's links afresh."""
    if setting in {"ROOT_URLCONF", "LANGUAGES", "FORCE_SCRIPT_NAME"}:
        main_sections.cache_clear()
        language_alternates.cache_clear()
