"""The films' `make bench` data and scenarios: 500 films with Bulgarian and English tracks (see scripts/bench.py)."""

from datetime import timedelta

from ..scenarios import UNCACHED

APP_LABEL = "films"

FILMS = 500
CUES = 300  # a 15-minute film, one subtitle every three seconds
SLUG_PREFIX = "bench-film-"


def read_facts():
    """500 films with two 300-cue tracks each, created on first read like the events' programme."""
    return ensure_films()


def ensure_films():
    """Create the benchmark films once (each linked to a practice, two approved tracks of 300 cues); return facts."""
    from core.enums import PublicationStatus
    from films.enums import TrackStatus
    from films.models import Cue, Film, SubtitleTrack
    from films.subtitles import format_timestamp
    from practices.models import Practice

    if not Film.objects.filter(slug__startswith=SLUG_PREFIX).exists():
        practices = list(Practice.objects.published().order_by("pk").values_list("pk", flat=True)[:FILMS])
        films = Film.objects.bulk_create(
            Film(
                slug=f"{SLUG_PREFIX}{n}",
                title_bg=f"Филм {n}",
                title_en=f"Film {n}",
                description_bg="Кратък филм за практиката.",
                description_en="A short film about the practice.",
                duration=timedelta(minutes=15),
                file=f"films/{SLUG_PREFIX}{n}.webm",
                status=PublicationStatus.PUBLISHED,
            )
            for n in range(FILMS)
        )
        Film.practices.through.objects.bulk_create(
            Film.practices.through(film_id=film.pk, practice_id=practices[n % len(practices)])
            for n, film in enumerate(films)
            if practices
        )
        texts = {"bg": "Ред от субтитрите номер {n}.", "en": "Subtitle line number {n}."}
        for language, text in texts.items():
            cues = [(n * 3000, n * 3000 + 2500, text.format(n=n)) for n in range(CUES)]
            vtt = "WEBVTT\n\n" + "\n".join(
                f"{format_timestamp(start)} --> {format_timestamp(end)}\n{line}\n" for start, end, line in cues
            )
            tracks = SubtitleTrack.objects.bulk_create(
                SubtitleTrack(film=film, language=language, status=TrackStatus.APPROVED, webvtt=vtt) for film in films
            )
            Cue.objects.bulk_create(
                (
                    Cue(track=track, position=n, start_ms=start, end_ms=end, text=line)
                    for track in tracks
                    for n, (start, end, line) in enumerate(cues)
                ),
                batch_size=5000,
            )
    return {"film_slugs": [f"{SLUG_PREFIX}{n}" for n in range(0, FILMS, 10)]}


def scenarios(facts):
    films = [f"/bg/films/{slug}/" for slug in facts["film_slugs"]]
    return [
        {"name": "film list, 500 films", "paths": ["/bg/films/"], "target": True},
        {"name": "film list, filtered by subtitles", "paths": ["/bg/films/?language=en", "/en/films/?country=IT"]},
        {"name": "film page, 300-cue transcript", "paths": films, "target": True, "signed_in": True},
        {"name": "subtitle track .vtt, 300 cues", "paths": [f"{film}subtitles/bg.vtt" for film in films]},
        {"name": "film list, uncached", "paths": ["/bg/films/"], "headers": UNCACHED},
        {"name": "film page, uncached", "paths": films, "headers": UNCACHED},
    ]
