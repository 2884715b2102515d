"""Data for the films' `make bench` scenarios: 500 films with Bulgarian and English tracks (see scripts/bench.py)."""

from datetime import timedelta

FILMS = 500
CUES = 300  # a 15-minute film, one subtitle every three seconds
SLUG_PREFIX = "bench-film-"


def ensure_films():
    """Create the benchmark films once (each linked to a practice, two approved tracks of 300 cues); return facts."""
    from core.enums import PublicationStatus
    from practices.models import Practice

    from .enums import TrackStatus
    from .models import Cue, Film, SubtitleTrack
    from .subtitles import format_timestamp

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
