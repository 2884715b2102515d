"""Events, their sessions and the people in their programmes as open data (see core.opendata).

Only public events (published or cancelled) are read, and only the sessions and people of those events.
"""

from django.db.models import Prefetch
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.absolute import absolute_url
from core.enums import ColumnType
from core.opendata import Dataset, column, file_url, slugs, translated
from events.forms import EventDataFilterForm, ProgrammeDataFilterForm
from events.models import Event, Person, Session, SessionRole
from films.models import Film
from practices.models import Document, Practice

T = ColumnType


def codes(value):
    return [code for code in value.split(",") if code]


def slug_or_none(related):
    return related.slug if related else None


def published(name, model):
    """Prefetch only the published rows of a session's relation, into `published_<name>`."""
    return Prefetch(name, queryset=model.objects.published().only("id", "slug"), to_attr=f"published_{name}")


class EventDataset(Dataset):
    name = "events"
    title = _("Events")
    description = _("One row per public event (cancelled ones too): conferences, seminars, trainings, webinars.")
    list_url_name = "events:event-list"
    filter_form_class = EventDataFilterForm
    columns = (
        column(
            "slug",
            _("Unique identifier of the event, also the last part of its address."),
            T.IDENTIFIER,
            "si-plus-conference",
        ),
        column(
            "url",
            _("Address of the event's page in the language of the export."),
            T.URL,
            "https://example.org/en/events/si-plus-conference/",
            absolute_url,
        ),
        *translated(Event, "title", ("Заключителна конференция", "Closing conference")),
        column(
            "type",
            _("Type code: conference, seminar, training, workshop or webinar."),
            T.IDENTIFIER,
            "conference",
            lambda e: e.event_type,
        ),
        column(
            "status", _("published, or cancelled for an event that will not take place."), T.IDENTIFIER, "published"
        ),
        *translated(Event, "summary", ("Резултатите от проекта.", "The project's results.")),
        *translated(Event, "description", ("Програмата е по-долу.", "The programme is below.")),
        *translated(Event, "target_audience", ("Общини и доставчици.", "Municipalities and providers.")),
        column(
            "start",
            _("Date and time it starts, ISO 8601 with the offset from UTC."),
            T.DATETIME,
            "2027-03-18T10:00:00+02:00",
        ),
        column(
            "end",
            _("Date and time it ends, ISO 8601 with the offset from UTC."),
            T.DATETIME,
            "2027-03-19T16:00:00+02:00",
        ),
        column("online", _("true for an event held online."), T.BOOLEAN, False, lambda e: e.is_online),
        *translated(Event, "venue_name", ("Хотел „Дунав“", "Hotel Danube")),
        *translated(Event, "venue_address", ("ул. „Цар Симеон“ 1", "1 Tsar Simeon St")),
        *translated(Event, "city", ("Русе", "Ruse")),
        column(
            "country",
            _("Country, ISO 3166-1 alpha-2 code; empty online."),
            T.IDENTIFIER,
            "BG",
            lambda e: e.country.code or None,
            nullable=True,
        ),
        column(
            "languages",
            _("Languages of the event, ISO 639-1 codes."),
            T.LIST,
            ["bg", "en"],
            lambda e: codes(e.languages),
        ),
        column(
            "organiser",
            _("Identifier of the organising organisation (see the organisations data)."),
            T.IDENTIFIER,
            "glasgow-works",
            lambda e: slug_or_none(e.organiser),
            nullable=True,
        ),
        column("partners", _("Identifiers of the partner organisations."), T.LIST, ["city-council"], slugs("partners")),
        column(
            "project",
            _("Identifier of the funded project (see the projects data); empty when none."),
            T.IDENTIFIER,
            "si-plus",
            lambda e: slug_or_none(e.project),
            nullable=True,
        ),
        column("themes", _("Theme identifiers."), T.LIST, ["employment"], slugs("themes")),
        column("capacity", _("Number of places; empty when there is no limit."), T.INTEGER, 120, nullable=True),
        column(
            "cover_image",
            _("Address of the cover image."),
            T.URL,
            "https://example.org/media/events/covers/conference.jpg",
            lambda e: file_url(e.cover),
            nullable=True,
        ),
        column(
            "programme_url",
            _("Address of the programme page; the sessions are in the sessions data."),
            T.URL,
            "https://example.org/en/events/si-plus-conference/programme/",
            lambda e: absolute_url(reverse("events:event-programme", kwargs={"slug": e.slug})),
        ),
    )

    def get_queryset(self):
        return (
            Event.objects.public()
            .order_by("start", "pk")
            .select_related("organiser", "project")
            .prefetch_related("partners", "themes")
        )

    def filter_form_kwargs(self, queryset):
        return {"events": queryset}


class SessionDataset(Dataset):
    name = "sessions"
    title = _("Sessions of the event programmes")
    description = _("One row per session of a public event, with the people in it and what it presented.")
    list_url_name = "events:event-list"
    filter_form_class = ProgrammeDataFilterForm
    key = "id"
    columns = (
        column("id", _("Number of the session, unique across events."), T.INTEGER, 412),
        column(
            "url",
            _("Address of the session's page in the language of the export."),
            T.URL,
            "https://example.org/en/events/si-plus-conference/sessions/412/",
            absolute_url,
        ),
        column(
            "event",
            _("Identifier of the event (see the events data)."),
            T.IDENTIFIER,
            "si-plus-conference",
            lambda s: s.event.slug,
        ),
        *translated(Session, "title", ("Наставничество на работното място", "Mentoring at work")),
        *translated(Session, "description", ("Опитът от Шотландия.", "What Scotland learnt.")),
        column(
            "kind", _("Kind code: talk, panel, workshop, training_module, discussion or break."), T.IDENTIFIER, "talk"
        ),
        column(
            "start",
            _("Date and time it starts, ISO 8601 with the offset from UTC."),
            T.DATETIME,
            "2027-03-18T10:00:00+02:00",
        ),
        column(
            "end",
            _("Date and time it ends, ISO 8601 with the offset from UTC."),
            T.DATETIME,
            "2027-03-18T10:45:00+02:00",
        ),
        column(
            "room_bg",
            _("Room or track, in Bulgarian; empty for sessions in every room."),
            T.TEXT,
            "Зала 1",
            lambda s: s.room.name_bg if s.room else None,
            nullable=True,
        ),
        column(
            "room_en",
            _("Room or track, in English; empty for sessions in every room."),
            T.TEXT,
            "Hall 1",
            lambda s: s.room.name_en if s.room else None,
            nullable=True,
        ),
        *translated(Session, "parallel_group", ("Група 1", "Group 1")),
        column(
            "languages",
            _("Languages of the session, ISO 639-1 codes."),
            T.LIST,
            ["bg", "en"],
            lambda s: codes(s.languages),
        ),
        column("interpretation", _("true when interpretation is provided."), T.BOOLEAN, True),
        column(
            "cancelled", _("true for a session that will not take place."), T.BOOLEAN, False, lambda s: s.is_cancelled
        ),
        column(
            "people",
            _("People in the session, each as role:identifier (see the people data)."),
            T.LIST,
            ["speaker:maria-ivanova"],
            lambda s: [f"{r.role}:{r.person.slug}" for r in s.roles.all()],
        ),
        column(
            "practices",
            _("Identifiers of the published practices presented."),
            T.LIST,
            ["pathways"],
            lambda s: [p.slug for p in s.published_practices],
        ),
        column(
            "films",
            _("Identifiers of the published films shown."),
            T.LIST,
            ["pathways-film"],
            lambda s: [f.slug for f in s.published_films],
        ),
        column(
            "documents",
            _("Identifiers of the published documents presented."),
            T.LIST,
            ["handbook"],
            lambda s: [d.slug for d in s.published_documents],
        ),
    )

    def get_queryset(self):
        return (
            Session.objects.filter(event__in=Event.objects.public())
            .order_by("start", "pk")
            .select_related("event", "room")
            .prefetch_related(
                Prefetch("roles", queryset=SessionRole.objects.select_related("person").order_by("position", "pk")),
                published("practices", Practice),
                published("films", Film),
                published("documents", Document),
            )
        )


class PersonDataset(Dataset):
    name = "people"
    title = _("People in the event programmes")
    description = _("One row per speaker, lecturer, moderator, facilitator or trainer in a public event's programme.")
    list_url_name = "events:event-list"
    filter_form_class = ProgrammeDataFilterForm
    columns = (
        column(
            "slug",
            _("Unique identifier of the person, also the last part of their page's address."),
            T.IDENTIFIER,
            "maria-ivanova",
        ),
        column(
            "url",
            _("Address of the person's page in the language of the export."),
            T.URL,
            "https://example.org/en/events/people/maria-ivanova/",
            absolute_url,
        ),
        *translated(Person, "name", ("Мария Иванова", "Maria Ivanova")),
        *translated(Person, "position_title", ("Директор", "Director")),
        column(
            "organisation",
            _("Identifier of the person's organisation (see the organisations data)."),
            T.IDENTIFIER,
            "glasgow-works",
            lambda p: slug_or_none(p.organisation),
            nullable=True,
        ),
        *translated(Person, "bio", ("Работи с общини от 2010 г.", "Has worked with municipalities since 2010.")),
    )

    def get_queryset(self):
        in_public_programmes = SessionRole.objects.filter(session__event__in=Event.objects.public())
        return (
            Person.objects.filter(pk__in=in_public_programmes.values("person"))
            .order_by("name", "pk")
            .select_related("organisation")
        )
