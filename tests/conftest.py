import pytest
from django.utils import translation


@pytest.fixture(autouse=True)
def _media_and_language(settings, tmp_path):
    """Each test writes uploads to its own folder and starts in the default language."""
    settings.MEDIA_ROOT = tmp_path / "media"
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()
