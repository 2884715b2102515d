"""Demo events from the seed texts: the Scottish exchange conference, the SI PLUS seminar in Blagoevgrad,
the training at Sunny Beach, the social cooperative conference and two upcoming events.

Safe to run again: events (with their programmes) and people are matched by slug; existing ones are left as they are.
"""

import secrets
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model

from core import roles
from directory.models import Organisation, Project, Theme
from events.enums import EventStatus
from events.models import Event, Person, ProgrammeDay, Room, Session, SessionRole
from films.models import Film
from practices.models import Document, Practice

from .content import EVENTS, PEOPLE

APP_LABEL = "events"
SOFIA = ZoneInfo(settings.TIME_ZONE)
ORGANISER_EMAIL = "organiser@example.org"
# The demo organiser manages these events only, to show the organiser's view of the admin.
ORGANISER_EVENTS = ["si-plus-seminar-blagoevgrad", "municipal-social-innovation-workshop-2027"]
# An event is announced this long before it starts (or at load time, for one that is still weeks away).
ANNOUNCED_BEFORE = timedelta(weeks=4)


def at(day, clock):
    hour, minute = (int(part) for part in clock.split(":"))
    return datetime.combine(day, time(hour, minute), tzinfo=SOFIA)


def by_slug(model, slugs):
    """The rows of `slugs` that exist; other areas' demo content may not be loaded."""
    return list(model.objects.filter(slug__in=slugs))


def load_people():
    people = {}
    for slug, (name_bg, name_en, organisation, position_bg, position_en, bio_bg, bio_en) in PEOPLE.items():
        people[slug], _created = Person.objects.get_or_create(
            slug=slug,
            defaults={
                "name_bg": name_bg,
                "name_en": name_en,
                "organisation": Organisation.objects.filter(slug=organisation).first() if organisation else None,
                "position_title_bg": position_bg,
                "position_title_en": position_en,
                "bio_bg": bio_bg,
                "bio_en": bio_en,
            },
        )
    return people


def load_event(data, people):
    """Create the event with its programme; an event that exists already (maybe edited, cancelled or
    unpublished since) is left as it is, programme included."""
    existing = Event.objects.filter(slug=data["slug"]).first()
    if existing is not None:
        return existing
    days = data["days"]
    first_session = min((s for s in data["sessions"]), key=lambda s: (s["day"], s["start"]))
    last_session = max((s for s in data["sessions"]), key=lambda s: (s["day"], s["end"]))
    online_url = data.get("online_url", "")
    event = Event.objects.create(
        slug=data["slug"],
        **{
            "event_type": data["event_type"],
            "status": EventStatus.PUBLISHED,
            "title_bg": data["title"][0],
            "title_en": data["title"][1],
            "summary_bg": data["summary"][0],
            "summary_en": data["summary"][1],
            "description_bg": data["description"][0],
            "description_en": data["description"][1],
            "target_audience_bg": data["target_audience"][0],
            "target_audience_en": data["target_audience"][1],
            "venue_name_bg": data.get("venue", ("", ""))[0],
            "venue_name_en": data.get("venue", ("", ""))[1],
            "city_bg": data.get("city", ("", ""))[0],
            "city_en": data.get("city", ("", ""))[1],
            "country": data.get("country", ""),
            "is_online": bool(online_url),
            "online_url": online_url,
            "languages": data["languages"],
            "organiser": Organisation.objects.get(slug=data["organiser"]),
            "project": Project.objects.filter(slug=data["project"]).first() if data["project"] else None,
            "capacity": data["capacity"],
            "start": at(days[first_session["day"]][0], first_session["start"]),
            "end": at(days[last_session["day"]][0], last_session["end"]),
        },
    )
    event.published_at = min(event.created_at, event.start - ANNOUNCED_BEFORE)
    event.save(update_fields=["published_at"])
    event.partners.set(by_slug(Organisation, data["partners"]))
    event.themes.set(by_slug(Theme, data["themes"]))
    event.tags.set(data["tags"])

    day_rows = []
    for day, title_bg, title_en in days:
        row = ProgrammeDay.objects.create(event=event, date=day, title_bg=title_bg, title_en=title_en)
        day_rows.append(row)
    rooms = {}
    for position, (key, name_bg, name_en) in enumerate(data["rooms"]):
        rooms[key] = Room.objects.create(event=event, name_en=name_en, name_bg=name_bg, position=position)
    for item in data["sessions"]:
        day = day_rows[item["day"]]
        group = item.get("group", ("", ""))
        session = Session.objects.create(
            event=event,
            day=day,
            title_en=item["title"][1],
            room=rooms.get(item.get("room")),
            **{
                "kind": item["kind"],
                "title_bg": item["title"][0],
                "description_bg": item["description"][0],
                "description_en": item["description"][1],
                "parallel_group_bg": group[0],
                "parallel_group_en": group[1],
                "start": at(day.date, item["start"]),
                "end": at(day.date, item["end"]),
                "languages": item.get("languages", data["languages"]),
                "interpretation": item.get("interpretation", False),
            },
        )
        for position, (person, role) in enumerate(item.get("people", [])):
            SessionRole.objects.create(session=session, person=people[person], role=role, position=position)
        session.practices.set(by_slug(Practice, item.get("practices", [])))
        session.documents.set(by_slug(Document, item.get("documents", [])))
        session.films.set(by_slug(Film, item.get("films", [])))
    return event


def load_organiser():
    """Create the demo organiser with a random password, returned to be printed (never stored in code).

    An existing account of that name is left exactly as it is (None is returned).
    """
    if get_user_model().objects.filter(username="organiser").exists():
        return None
    password = secrets.token_urlsafe(12)
    user = get_user_model().objects.create_user(username="organiser", email=ORGANISER_EMAIL, password=password)
    EmailAddress.objects.create(user=user, email=ORGANISER_EMAIL, verified=True, primary=True)
    roles.assign_role(user=user, role=roles.ORGANISER)
    for event in Event.objects.filter(slug__in=ORGANISER_EVENTS):
        event.organisers.add(user)
    return password


def load(*, stdout):
    people = load_people()
    events = [load_event(data, people) for data in EVENTS]
    sessions = Session.objects.filter(event__in=events).count()
    password = load_organiser()
    stdout.write(f"Events: {len(events)} events, {sessions} sessions, {len(people)} people.")
    if password:
        stdout.write(f"Demo organiser (admin at /admin/, two events): e-mail {ORGANISER_EMAIL}  password {password}")
    else:
        stdout.write("The account 'organiser' exists and is left as it is: same e-mail, same password.")
