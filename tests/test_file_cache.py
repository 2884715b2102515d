"""The embedded file cache: a page's parts are written without listing the directory for each, it stays bounded, and
signed-in pages are remembered through it as through Redis."""

import glob as glob_module
from pathlib import Path

import pytest

from core.cache import FileCache
from tests.factories.portal import ProfileFactory
from tests.test_remembered_pages import until_remembered
from tests.test_skeletons import get, in_language, signed_in, signed_in_pages


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


def test_a_full_directory_is_culled_by_the_first_write_of_a_new_process(directory):
    """A command that writes a few entries and ends must not leave the directory past its bound for good."""
    FileCache(str(directory), {"OPTIONS": {"MAX_ENTRIES": 1000}}).set_many({f"old:{n}": "x" for n in range(30)}, 60)

    FileCache(str(directory), {"OPTIONS": {"MAX_ENTRIES": 30}}).set("new", "x", 60)

    assert files_in(directory) == 30 - 30 // 3 + 1


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["bg", "en"])
def test_two_readers_interleaved_each_get_their_own_remembered_page_through_files(
    settings, directory, participant, language
):
    settings.CACHES = {"default": {"BACKEND": "core.cache.FileCache", "LOCATION": str(directory)}}
    url = in_language(signed_in_pages(participant)["programme"], language)
    boyka = signed_in(ProfileFactory(display_name="Бойка Петрова").user)
    ivan = signed_in(ProfileFactory(display_name="Иван Колев").user)
    until_remembered(boyka, url)
    until_remembered(ivan, url)

    hers, his = get(boyka, url), get(ivan, url)
    assert (hers.skeleton, his.skeleton) == ("remembered", "remembered")
    assert "Бойка Петрова" in hers.content.decode() and "Иван Колев" not in hers.content.decode()
    assert "Иван Колев" in his.content.decode() and "Бойка Петрова" not in his.content.decode()
    assert files_in(directory) > 0


def test_the_site_uses_it_when_there_is_no_redis():
    from portal import settings as site_settings

    if site_settings.REDIS_URL:
        pytest.skip("REDIS_URL is set: the site's cache is Redis")
    assert site_settings.CACHES["default"]["BACKEND"] == "core.cache.FileCache"
