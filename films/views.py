"""Public pages of the films section: the list, a film with its transcript, track files and a printable transcript."""

import hashlib

from django.http import HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.decorators import method_decorator
from django.utils.encoding import escape_uri_path
from django.utils.functional import SimpleLazyObject
from django.utils.http import http_date
from django.views.generic import DetailView, ListView

from core import skeletons
from core.absolute import absolute_url
from core.enums import PublicationStatus
from core.i18n import page_language
from core.linked import linked_sections
from core.lists import FilteredListMixin
from core.remembered_pages import SharedObjectMixin
from practices.caching import cache_anonymous_page, cache_shared_page

from . import queries
from .formats import iso_duration
from .forms import FilmFilterForm
from .models import Film, SubtitleTrack
from .subtitles import cues_to_srt

# Track files change only when a moderator uploads a new one; browsers may keep them an hour.
TRACK_MAX_AGE = 60 * 60


class PublicFilmMixin:
    """Published films only, with everything their pages show fetched in a fixed number of queries.

    Anonymous visitors get the pages from the practices' page cache, whose version every film write bumps
    (practice pages list films too).
    """

    def get_queryset(self):
        return queries.public_films().select_related("project")


@method_decorator(cache_anonymous_page, name="dispatch")
class FilmListView(FilteredListMixin, PublicFilmMixin, ListView):
    template_name = "films/film_list.html"
    context_object_name = "films"
    paginate_by = 12
    filter_form_class = FilmFilterForm


@method_decorator(cache_shared_page, name="dispatch")
class FilmDetailView(SharedObjectMixin, PublicFilmMixin, DetailView):
    """The film's page: its body is the shared fragment `film-body` (films.caching), so what it shows is read only
    when that renders; the follow button and the starting moment (`?t=`) are filled in for each request."""

    template_name = "films/film_detail.html"
    context_object_name = "film"

    def get_queryset(self):
        if skeletons.is_kept(self.request):
            # Only the personal slots render (core.skeletons): they need the film's identity, not its texts.
            return Film.objects.published().only("pk", "slug", "status")
        return Film.objects.published().select_related("project")

    def get_context_data(self, **kwargs):
        film = self.object
        details = SimpleLazyObject(lambda: queries.with_page_details_of(film))
        track = SimpleLazyObject(lambda: choose_track(details.approved_tracks, page_language()))
        return super().get_context_data(
            film_details=details,
            tracks=SimpleLazyObject(lambda: details.approved_tracks),
            transcript_track=track,
            cues=SimpleLazyObject(lambda: list(track.cues.all()) if track else []),
            linked_sections=SimpleLazyObject(lambda: linked_sections(film, kind="film")),
            page_language=page_language(),
            start_seconds=start_seconds(self.request.GET.get("t")),
            json_ld=lambda: film_json_ld(film),
            **kwargs,
        )


@method_decorator(cache_anonymous_page, name="dispatch")
class TranscriptView(PublicFilmMixin, DetailView):
    """The whole transcript as a plain page, for printing, low bandwidth and screen readers."""

    template_name = "films/film_transcript.html"
    context_object_name = "film"

    def get_context_data(self, **kwargs):
        language = self.request.GET.get("language") or page_language()
        track = choose_track(self.object.approved_tracks, language)
        return super().get_context_data(
            tracks=self.object.approved_tracks,
            transcript_track=track,
            chosen_language=language,
            cues=list(track.cues.all()) if track else [],
            **kwargs,
        )


def film_json_ld(film):
    """schema.org VideoObject for search engines: what the film is, how long, where it plays."""
    data = {
        "@context": "https://schema.org",
        "@type": "VideoObject",
        "name": film.title,
        "description": film.description or film.title,
        "uploadDate": film.created_at,
        "duration": iso_duration(film.duration),
        "inLanguage": film.original_language,
        "url": absolute_url(film),
    }
    if film.poster:
        data["thumbnailUrl"] = absolute_url(film.poster)
    if film.file:
        data["contentUrl"] = absolute_url(film.file)
    else:
        data["embedUrl"] = film.embed_url
    return data


def choose_track(tracks, language):
    """The track in `language`, else the first one (the page then says the language differs), else None."""
    return next((track for track in tracks if track.language == language), tracks[0] if tracks else None)


def start_seconds(value):
    """Whole seconds from `?t=83`; anything else starts at the beginning."""
    try:
        seconds = int(float(value))
    except (TypeError, ValueError, OverflowError):
        return 0
    return max(seconds, 0)


def public_track(slug, language):
    return get_object_or_404(
        SubtitleTrack.objects.approved().filter(film__status=PublicationStatus.PUBLISHED).select_related("film"),
        film__slug=slug,
        language=language,
    )


def cached_track_response(request, track, content, content_type, *, filename=None):
    etag = '"{}"'.format(hashlib.sha256(f"{track.pk}:{track.updated_at.isoformat()}".encode()).hexdigest()[:32])
    last_modified = int(track.updated_at.timestamp())
    response = get_conditional_response(request, etag=etag, last_modified=last_modified) or HttpResponse(
        content(), content_type=content_type
    )
    response["ETag"] = etag
    response["Last-Modified"] = http_date(last_modified)
    patch_cache_control(response, public=True, max_age=TRACK_MAX_AGE)
    if filename:
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def track_vtt(request, slug, language):
    """An approved track of a published film as WebVTT, for `<track>` and for download."""
    track = public_track(slug, language)
    return cached_track_response(request, track, lambda: track.webvtt, "text/vtt; charset=utf-8")


def track_srt(request, slug, language):
    """An approved track of a published film as a SubRip download."""
    track = public_track(slug, language)
    return cached_track_response(
        request,
        track,
        lambda: cues_to_srt(track.cues.all()),
        "application/x-subrip; charset=utf-8",
        filename=f"{slug}.{language}.srt",
    )


def moved_to_films(request, path):
    """An address from when the section lived under videos/: 301 to the same page under films/, query kept."""
    url = reverse("films:film-list") + escape_uri_path(path)
    query = request.META.get("QUERY_STRING", "")
    return HttpResponsePermanentRedirect(f"{url}?{query}" if query else url)
