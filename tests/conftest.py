import pytest
from django.core.cache import cache
from django.utils import translation


@pytest.fixture(autouse=True)
def _isolated_test(settings, tmp_path):
    """Each test writes uploads to its own folder, starts in the default language and with an empty cache.

    The cache holds whole anonymous pages; factories write around the services that retire them, so a page
    cached by one test must not be served to the next.
    """
    settings.MEDIA_ROOT = tmp_path / "media"
    cache.clear()
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()
