"""The embedded file cache: a page's parts are written without listing the directory for each, and it stays bounded."""

import glob as glob_module
from pathlib import Path

import pytest

from core.cache import FileCache


@pytest.fixture
def directory(tmp_path):
    return tmp_path / "cache"


def files_in(directory):
    return len(list(Path(directory).glob("*.djcache")))


def test_writing_a_pages_parts_lists_the_directory_once_per_cull_every_writes(directory, monkeypatch):
    cache = FileCache(str(directory), {"OPTIONS": {"MAX_ENTRIES": 1000, "CULL_EVERY": 50}})
    listings = []
    real_glob = glob_module.glob

    def listing(*args, **kwargs):
        listings.append(args)
        return real_glob(*args, **kwargs)

    monkeypatch.setattr(glob_module, "glob", listing)

    cache.set_many({f"part:{number}": "x" * 300 for number in range(100)}, 60)

    assert len(listings) == 2
    assert files_in(directory) == 100
    assert cache.get("part:99") == "x" * 300


def test_the_directory_is_still_culled_past_max_entries(directory):
    cache = FileCache(str(directory), {"OPTIONS": {"MAX_ENTRIES": 30, "CULL_EVERY": 5}})

    for number in range(200):
        cache.set(f"page:{number}", "x", 60)

    assert 0 < files_in(directory) <= 30 + 5
    assert cache.get("page:199") == "x"


def test_the_site_uses_it_when_there_is_no_redis():
    from portal import settings as site_settings

    if site_settings.REDIS_URL:
        pytest.skip("REDIS_URL is set: the site's cache is Redis")
    assert site_settings.CACHES["default"]["BACKEND"] == "core.cache.FileCache"
