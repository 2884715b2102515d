"""Films as open data (see core.opendata): one row per published film, with the languages of its subtitles."""

from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _

from core.absolute import absolute_url
from core.enums import ColumnType
from core.opendata import Dataset, column, file_url, slugs, translated
from films import queries
from films.forms import FilmFilterForm
from films.models import Film
from practices.models import Practice

T = ColumnType


def video_url(film):
    """Where the video itself is: the uploaded file, else the YouTube or Vimeo address."""
    return file_url(film.file) or film.external_url


class FilmDataset(Dataset):
    name = "films"
    title = _("Films")
    description = _("One row per published film, with the languages its approved subtitles are in.")
    list_url_name = "films:film-list"
    filter_form_class = FilmFilterForm
    columns = (
        column(
            "slug",
            _("Unique identifier of the film, also the last part of its address."),
            T.IDENTIFIER,
            "pathways-film",
        ),
        column(
            "url",
            _("Address of the film's page in the language of the export."),
            T.URL,
            "https://example.org/en/films/pathways-film/",
            absolute_url,
        ),
        *translated(Film, "title", ("Пътеки към работа", "Pathways to work")),
        *translated(Film, "description", ("Филм за наставничеството.", "A film about mentoring.")),
        *translated(Film, "produced_by", ("Глазгоу Уъркс", "Glasgow Works")),
        *translated(Film, "translated_by", ("Екипът на портала", "The portal's team")),
        column(
            "duration_seconds",
            _("Length of the film in seconds."),
            T.INTEGER,
            754,
            lambda f: int(f.duration.total_seconds()),
        ),
        column("original_language", _("Language spoken in the film, ISO 639-1 code."), T.IDENTIFIER, "en"),
        column(
            "subtitle_languages",
            _("Languages of the film's approved subtitles, ISO 639-1 codes."),
            T.LIST,
            ["bg", "en"],
            lambda f: sorted({track.language for track in f.approved_tracks}),
        ),
        column(
            "video_url",
            _("Address of the video: the file on this site, or the YouTube or Vimeo page."),
            T.URL,
            "https://example.org/media/films/pathways.mp4",
            video_url,
        ),
        column(
            "poster",
            _("Address of the still shown before the film plays."),
            T.URL,
            "https://example.org/media/films/posters/pathways.jpg",
            lambda f: file_url(f.poster),
            nullable=True,
        ),
        column(
            "project",
            _("Identifier of the funded project (see the projects data); empty when none."),
            T.IDENTIFIER,
            "si-plus",
            lambda f: f.project.slug if f.project else None,
            nullable=True,
        ),
        column(
            "organisations",
            _("Identifiers of the organisations shown in the film."),
            T.LIST,
            ["glasgow-works"],
            slugs("organisations"),
        ),
        column(
            "practices",
            _("Identifiers of the published practices the film shows."),
            T.LIST,
            ["pathways"],
            lambda f: [p.slug for p in f.published_practices],
        ),
        column("themes", _("Theme identifiers."), T.LIST, ["employment"], slugs("themes")),
        column("tags", _("Free tags."), T.LIST, ["mentoring"], lambda f: [tag.name for tag in f.tags.all()]),
        column("created_at", _("Date and time the film was added."), T.DATETIME, "2026-03-18T10:00:00+02:00"),
    )

    def get_queryset(self):
        published = Practice.objects.published().only("id", "slug")
        return (
            queries.public_films()
            .select_related("project")
            .prefetch_related(
                "organisations",
                "themes",
                "tags",
                Prefetch("practices", queryset=published, to_attr="published_practices"),
            )
        )
