"""Writes to films and their subtitle tracks retire the cached film and practice pages (see core.page_cache).

Film pages share the practices' page cache. Cues are written only together with their track
(services.store_subtitle_track), whose save retires the pages, so cues are not watched: their deletes stay fast.
"""

from core import page_cache
from practices.caching import practice_pages

from .models import Film, SubtitleTrack

page_cache.retire_on(practice_pages, models=[Film, SubtitleTrack])
