"""Films in the site search: titles and descriptions, and the moment in a film where a subtitle says the words."""

from functools import reduce
from operator import or_

from django.db.models import Case, IntegerField, Q, Value, When
from django.utils.translation import gettext_lazy as _

from core.enums import PublicationStatus
from core.search import PROVIDER_LIMIT, SearchResult, matching, short, spellings

from .enums import TrackStatus
from .models import Cue, Video


def search(query, *, language):
    """Films whose title or description match, then subtitle lines that do (page language first), each linking
    to its moment in the film with ?t=."""
    videos = list(Video.objects.published().filter(matching(query, "title", "description"))[:PROVIDER_LIMIT])
    results = [
        SearchResult(video.title, video.get_absolute_url(), _("Film"), short(video.description)) for video in videos
    ]
    cues = (
        Cue.objects.filter(
            reduce(or_, (Q(text__icontains=spelling) for spelling in spellings(query))),
            track__status=TrackStatus.APPROVED,
            track__video__status=PublicationStatus.PUBLISHED,
        )
        .select_related("track__video")
        .annotate(
            other_language=Case(
                When(track__language=language, then=Value(0)), default=Value(1), output_field=IntegerField()
            )
        )
        .order_by("other_language", "track__video_id", "position")
    )
    for cue in cues[: PROVIDER_LIMIT - len(results)]:
        video = cue.track.video
        results.append(
            SearchResult(
                f"{video.title} ({cue.timestamp})",
                f"{video.get_absolute_url()}?t={cue.link_seconds}",
                _("Words in a film"),
                cue.text.replace("\n", " "),
            )
        )
    return results
