"""One public row of every open dataset beside a draft (or hidden) one that must never leak, and makers that add
rows of each kind with every relation their columns read, for the query-count tests."""

from types import SimpleNamespace

from core.enums import PublicationStatus
from events.enums import EventStatus, RoleKind
from films.enums import TrackStatus
from tests.factories.events import EventFactory, PersonFactory, ProgrammeDayFactory, SessionFactory, SessionRoleFactory
from tests.factories.films import FilmFactory, SubtitleTrackFactory
from tests.factories.portal import OrganisationFactory, ProjectFactory, TargetGroupFactory, ThemeFactory
from tests.factories.practices import DocumentFactory, PracticeFactory
from tests.factories.services import ServiceFactory

DRAFT = PublicationStatus.DRAFT


def build_world():
    theme = ThemeFactory(slug="employment")
    organisation = OrganisationFactory(
        slug="glasgow-works", name_bg="Глазгоу Уъркс", name_en="Glasgow Works", country="GB"
    )
    project = ProjectFactory(slug="si-plus", lead_organisation=organisation)
    practice = PracticeFactory(
        slug="pathways",
        title_bg="Пътеки към работа",
        title_en="Pathways to work",
        country="GB",
        source_organisation=organisation,
        project=project,
        problem_bg="Малко хора с увреждания работят.",
        adaptation_barriers_en="Uncertain funding.",
        themes=[theme],
        tags=["mentoring"],
    )
    draft_practice = PracticeFactory(slug="draft-practice", status=DRAFT, country="GB")
    document = DocumentFactory(slug="handbook", practices=[practice, draft_practice])
    DocumentFactory(slug="draft-document", status=DRAFT)
    film = FilmFactory(slug="pathways-film", practices=[practice, draft_practice], project=project)
    SubtitleTrackFactory(film=film, language="bg")
    SubtitleTrackFactory(film=film, language="en")
    SubtitleTrackFactory(film=film, language="fr", status=TrackStatus.DRAFT)
    FilmFactory(slug="draft-film", status=DRAFT)
    event = EventFactory(slug="closing-conference", organiser=organisation, project=project)
    session = SessionFactory(day=ProgrammeDayFactory(event=event), title_en="Mentoring at work")
    session.practices.set([practice, draft_practice])
    person = PersonFactory(slug="maria-ivanova", name_en="Maria Ivanova", organisation=organisation)
    SessionRoleFactory(session=session, person=person, role=RoleKind.MODERATOR)
    draft_event = EventFactory(slug="draft-event", status=EventStatus.DRAFT)
    hidden_session = SessionFactory(day=ProgrammeDayFactory(event=draft_event), title_en="Hidden session")
    SessionRoleFactory(session=hidden_session, person=PersonFactory(slug="hidden-person"))
    ServiceFactory(slug="day-centre", provider=organisation, target_groups=[TargetGroupFactory()])
    ServiceFactory(slug="closed-service", is_published=False)
    return SimpleNamespace(
        organisation=organisation,
        project=project,
        practice=practice,
        document=document,
        film=film,
        event=event,
        session=session,
        person=person,
        hidden_session=hidden_session,
    )


def public_and_hidden_keys(world):
    """{dataset: (a key that must be listed, a key that must not)}."""
    return {
        "organisations": ("glasgow-works", None),
        "projects": ("si-plus", None),
        "practices": ("pathways", "draft-practice"),
        "documents": ("handbook", "draft-document"),
        "films": ("pathways-film", "draft-film"),
        "events": ("closing-conference", "draft-event"),
        "sessions": (str(world.session.pk), str(world.hidden_session.pk)),
        "people": ("maria-ivanova", "hidden-person"),
        "services": ("day-centre", "closed-service"),
    }


def add_session_with_people():
    session = SessionFactory()
    session.practices.set([PracticeFactory()])
    session.films.set([FilmFactory()])
    session.documents.set([DocumentFactory()])
    SessionRoleFactory(session=session)
    return session


def add_film():
    film = FilmFactory(practices=[PracticeFactory()], themes=[ThemeFactory()], project=ProjectFactory())
    film.organisations.set([OrganisationFactory()])
    film.tags.set(["film"])
    SubtitleTrackFactory(film=film, language="en")
    return film


def add_practice():
    practice = PracticeFactory(themes=[ThemeFactory()], tags=["more"], project=ProjectFactory())
    practice.partners.set([OrganisationFactory()])
    return practice


def add_event():
    event = EventFactory(project=ProjectFactory())
    event.partners.set([OrganisationFactory()])
    event.themes.set([ThemeFactory()])
    return event


def add_project():
    project = ProjectFactory()
    project.partners.set([OrganisationFactory()])
    return project


MAKERS = {
    "organisations": OrganisationFactory,
    "projects": add_project,
    "practices": add_practice,
    "documents": lambda: DocumentFactory(practices=[PracticeFactory()], publisher=OrganisationFactory()),
    "films": add_film,
    "events": add_event,
    "sessions": add_session_with_people,
    "people": lambda: SessionRoleFactory(person=PersonFactory()),
    "services": lambda: ServiceFactory(target_groups=[TargetGroupFactory()]),
}
