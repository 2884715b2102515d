"""The events' `make bench` data and scenarios: a conference programme with 100 sessions (see scripts/bench.py)."""

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

APP_LABEL = "events"

BENCH_EVENT = "bench-conference-100-sessions"
SESSIONS = 100
ROOMS = 4
DAYS = 5


def read_facts():
    """The 100-session conference, created on first read so a reused dataset gets it too."""
    return {"programme_slug": ensure_programme()}


def ensure_programme():
    """Create the benchmark conference once (5 days, 4 rooms, 100 sessions, 2 people each); return its slug."""
    from directory.models import Organisation
    from events.enums import EventStatus, RoleKind
    from events.models import Event, Person, ProgrammeDay, Room, Session, SessionRole

    if Event.objects.filter(slug=BENCH_EVENT).exists():
        return BENCH_EVENT
    sofia = ZoneInfo("Europe/Sofia")
    first_day = date(2027, 5, 3)
    event = Event.objects.create(
        slug=BENCH_EVENT,
        title_bg="Конференция със 100 сесии",
        title_en="Conference with 100 sessions",
        summary_bg="Данни за измерване.",
        summary_en="Benchmark data.",
        event_type="conference",
        status=EventStatus.PUBLISHED,
        start=datetime.combine(first_day, time(9), tzinfo=sofia),
        end=datetime.combine(first_day + timedelta(days=DAYS - 1), time(18), tzinfo=sofia),
        organiser=Organisation.objects.order_by("pk").first(),
        languages="bg,en",
    )
    rooms = Room.objects.bulk_create(
        Room(event=event, name_bg=f"Зала {n}", name_en=f"Room {n}", position=n) for n in range(ROOMS)
    )
    days = ProgrammeDay.objects.bulk_create(
        ProgrammeDay(event=event, date=first_day + timedelta(days=n)) for n in range(DAYS)
    )
    people = Person.objects.bulk_create(
        Person(slug=f"bench-person-{n}", name_bg=f"Лектор {n}", name_en=f"Speaker {n}") for n in range(SESSIONS)
    )
    sessions = []
    for n in range(SESSIONS):
        day = days[n % DAYS]
        slot = n // DAYS // ROOMS
        start = datetime.combine(day.date, time(9), tzinfo=sofia) + timedelta(minutes=45 * slot)
        sessions.append(
            Session(
                event=event,
                day=day,
                room=rooms[(n // DAYS) % ROOMS],
                title_bg=f"Сесия {n}",
                title_en=f"Session {n}",
                start=start,
                end=start + timedelta(minutes=40),
                languages="bg,en",
            )
        )
    sessions = Session.objects.bulk_create(sessions)
    SessionRole.objects.bulk_create(
        SessionRole(session=session, person=people[(n + k) % SESSIONS], role=role, position=k)
        for n, session in enumerate(sessions)
        for k, role in enumerate((RoleKind.SPEAKER, RoleKind.MODERATOR))
    )
    return BENCH_EVENT


def scenarios(facts):
    slug = facts["programme_slug"]
    return [
        {
            "name": "programme, 100 sessions",
            "paths": [f"/bg/events/{slug}/programme/"],
            "target": True,
            "signed_in": True,
        },
        {"name": "programme iCalendar, 100 sessions", "paths": [f"/bg/events/{slug}/calendar.ics"]},
        {"name": "event list", "paths": ["/bg/events/"], "target": True},
    ]
