"""Writes to films and their subtitle tracks retire the cached film and practice pages (see core.page_cache), and
the body fragment of their own film (core.fragments).

Film pages share the practices' page cache. Cues are written only together with their track
(services.store_subtitle_track), whose save retires the pages, so cues are not watched: their deletes stay fast.
"""

from core import fragments, page_cache
from core.tags import Tag
from practices.caching import practice_body, practice_pages
from practices.models import Practice

from .caching import film_body
from .models import Film, SubtitleTrack

page_cache.retire_on(practice_pages, models=[Film, SubtitleTrack])

fragments.retire_on(film_body, models=[Film])
fragments.retire_on(film_body, models=[SubtitleTrack], objects=lambda track: [track.film_id])
# A film's page names its practices: a practice's edit retires the pages of its films.
fragments.retire_on(film_body, models=[Practice], objects=lambda practice: practice.films.values_list("pk", flat=True))
fragments.retire_on(film_body, models=[Tag], objects=lambda tag: fragments.ALL)  # a renamed tag
# A practice's page lists its films.
fragments.retire_on(practice_body, models=[Film], objects=lambda film: film.practices.values_list("pk", flat=True))
