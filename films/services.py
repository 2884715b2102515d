"""Writes to films and their subtitle tracks."""

from django.db import transaction
from django.utils import timezone

from core import page_cache

from .models import Cue, Film, SubtitleTrack


@transaction.atomic
def store_subtitle_track(*, track, parsed, filename=""):
    """Save `track` with the checked subtitles in `parsed`, replacing its cues; all or nothing.

    `parsed` is a subtitles.ParsedSubtitles: its normalised WebVTT is what visitors download,
    its cues are what the transcript and the site search read.
    """
    track.webvtt = parsed.webvtt
    track.source_filename = filename[:255]
    track.source_encoding = parsed.encoding
    track.save()
    track.cues.all().delete()
    Cue.objects.bulk_create(
        Cue(track=track, position=position, start_ms=cue.start_ms, end_ms=cue.end_ms, text=cue.text, line=cue.line)
        for position, cue in enumerate(parsed.cues)
    )
    return track


@transaction.atomic
def set_track_status(*, tracks, status):
    """Move tracks to a review status (draft, reviewed, approved); returns how many changed."""
    count = (
        SubtitleTrack.objects.filter(pk__in=[track.pk for track in tracks])
        .exclude(status=status)
        .update(status=status, updated_at=timezone.now())
    )
    page_cache.retire(SubtitleTrack)
    return count


@transaction.atomic
def set_film_status(*, films, status):
    """Publish films or return them to draft; returns how many changed."""
    count = (
        Film.objects.filter(pk__in=[film.pk for film in films])
        .exclude(status=status)
        .update(status=status, updated_at=timezone.now())
    )
    page_cache.retire(Film)
    return count
