import io

import pytest

from demo import films as demo
from films.models import Cue, Film
from films.subtitles import cue_warnings, parse_subtitles

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("film", demo.FILMS, ids=lambda film: film["slug"])
def test_demo_subtitles_read_well(film):
    for texts in film["cues"].values():
        parsed = parse_subtitles(demo.subrip(texts).encode(), duration=demo.DURATION)

        assert len(parsed.cues) >= 10
        assert cue_warnings(parsed.cues) == []


def test_demo_films_load_twice_without_duplicates():
    demo.load(stdout=io.StringIO())
    demo.load(stdout=io.StringIO())

    films = Film.objects.published().order_by("slug")
    assert [film.slug for film in films] == ["citta-sociale-campania", "virtual-social-cooperative", "young-and-old"]
    assert {(track.film.slug, track.language) for film in films for track in film.subtitle_tracks.all()} == {
        (slug, language)
        for slug in ["citta-sociale-campania", "virtual-social-cooperative", "young-and-old"]
        for language in ["bg", "en"]
    }
    assert Cue.objects.count() == 2 * (12 + 10 + 12)  # each film's cues, in Bulgarian and in English
    for film in films:
        with film.file.open("rb") as file:
            assert file.read(4) == b"\x1a\x45\xdf\xa3"


def test_demo_media_stays_small():
    assert sum(path.stat().st_size for path in demo.MEDIA.iterdir()) < 1024 * 1024
