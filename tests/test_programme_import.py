"""Importing a programme on the desk: CSV (with its template), frab schedule.xml and pretalx JSON, previewed with
errors per row, saved all together after the organiser confirms, or not at all."""

import json
import re
from pathlib import Path

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from core import roles
from core.follows import follow
from directory.services import ensure_profile
from events import services
from events.enums import ChangeKind, EventStatus, RoleKind, SessionKind
from events.models import Person, ProgrammeChange, Room, Session
from tests.factories.events import (
    EventFactory,
    PersonFactory,
    ProgrammeDayFactory,
    RoomFactory,
    SessionFactory,
    SessionRoleFactory,
    in_sofia,
)
from tests.factories.portal import VerifiedUserFactory
from tests.test_html_validity import nu_errors

pytestmark = pytest.mark.django_db

FILES = Path(__file__).parent / "data" / "programme_imports"


@pytest.fixture
def event(organiser):
    """A two-day seminar on 12 and 13 May 2027, with its programme days and no sessions yet."""
    event = EventFactory(status=EventStatus.DRAFT, start=in_sofia(2027, 5, 12, 9), end=in_sofia(2027, 5, 13, 18))
    event.organisers.add(organiser)
    for day in (12, 13):
        ProgrammeDayFactory(event=event, date=in_sofia(2027, 5, day).date())
    return event


def upload(client, event, name, content=None, language="bg"):
    data = content if content is not None else (FILES / name).read_bytes()
    return client.post(f"/{language}/events/{event.slug}/desk/import/", {"file": SimpleUploadedFile(name, data)})


def text_of(response):
    """The page's text without tags, spaces collapsed."""
    return " ".join(re.sub(r"<[^>]+>", " ", response.content.decode()).split()).replace(" ,", ",")


def preview(client, event, language="bg"):
    return text_of(client.get(f"/{language}/events/{event.slug}/desk/import/preview/"))


def confirm(client, event, language="bg"):
    return client.post(f"/{language}/events/{event.slug}/desk/import/preview/")


def programme(event):
    """The event's sessions as (title, local start, local end, room, [(person, role)]), in time order."""
    sessions = event.sessions.select_related("room").prefetch_related("roles__person").order_by("start", "pk")
    return [
        (
            session.title,
            timezone.localtime(session.start).strftime("%d.%m %H:%M"),
            timezone.localtime(session.end).strftime("%H:%M"),
            session.room.name if session.room else None,
            [(role.person.name, role.role) for role in session.roles.all()],
        )
        for session in sessions
    ]


def test_a_pretalx_schedule_xml_is_previewed_then_saved_with_its_rooms_and_people(organiser_client, event):
    known = PersonFactory(name_bg="Мария Иванова", name_en="")
    closing = SessionFactory(
        day=event.days.last(), title_bg="Закриване", start=in_sofia(2027, 5, 13, 16), end=in_sofia(2027, 5, 13, 17)
    )
    SessionRoleFactory(session=closing, person=known)

    read = upload(organiser_client, event, "pretalx_schedule.xml")
    html = preview(organiser_client, event)
    unsaved = event.sessions.count()
    saved = confirm(organiser_client, event)

    assert read["Location"] == f"/bg/events/{event.slug}/desk/import/preview/"
    assert unsaved == 1  # the preview saved nothing
    assert "Нови зали: Зала „Пирин“, Зала „Рила“" in html
    assert "Нови участници в програмата: Ivan Petrov, Елена Георгиева, Fiona MacLeod" in html  # Мария is known
    assert "„Работилница: картографиране на нуждите в общината“ (Социални услуги) няма фасилитатор" in html
    assert saved["Location"] == f"/bg/events/{event.slug}/desk/"
    assert programme(event) == [
        ("Откриване на семинара", "12.05 09:30", "10:00", "Зала „Пирин“", [("Мария Иванова", "speaker")]),
        (
            "Социалните предприятия след новия закон",
            "12.05 10:00",
            "11:30",
            "Зала „Пирин“",
            [("Ivan Petrov", "speaker"), ("Мария Иванова", "speaker")],
        ),
        (
            "Работилница: картографиране на нуждите в общината",
            "12.05 10:00",
            "12:00",
            "Зала „Рила“",
            [("Елена Георгиева", "speaker")],
        ),
        ("Self-directed support in Scotland", "13.05 09:30", "10:30", "Зала „Пирин“", [("Fiona MacLeod", "speaker")]),
        ("Закриване", "13.05 16:00", "17:00", None, [("Мария Иванова", "speaker")]),
    ]
    assert Person.objects.filter(name_bg="Мария Иванова").count() == 1
    english = Session.objects.get(title_en="Self-directed support in Scotland")
    assert (english.title_bg, english.languages, english.parallel_group) == ("", "en", "Социални услуги")
    workshop = Session.objects.get(title_bg__startswith="Работилница")
    assert (workshop.kind, workshop.description_bg) == (
        SessionKind.WORKSHOP,
        "Работа в малки групи с карти на услугите.",
    )
    assert Person.objects.get(name_en="Fiona MacLeod").created_by.username == "organiser"


def test_a_pretalx_json_schedule_is_imported_in_its_parallel_groups(organiser_client, event):
    upload(organiser_client, event, "pretalx_schedule.json")
    html = preview(organiser_client, event, language="en")
    confirm(organiser_client, event, language="en")

    assert "3 new sessions" in html and "New rooms: Група 1, Група 2" in html
    assert programme(event) == [
        ("Модул 1: ролята на фасилитатора", "12.05 14:00", "15:30", "Група 1", [("Димитър Стоянов", "speaker")]),
        (
            "Модул 1: ролята на фасилитатора (група 2)",
            "12.05 14:00",
            "15:30",
            "Група 2",
            [("Николай Колев", "speaker")],
        ),
        ("Feedback that helps", "13.05 09:00", "09:45", "Група 1", [("Димитър Стоянов", "speaker")]),
    ]
    assert Person.objects.filter(name_bg="Димитър Стоянов").count() == 1  # one person, in two sessions
    assert set(event.sessions.values_list("kind", flat=True)) == {SessionKind.TRAINING_MODULE, SessionKind.TALK}


def test_a_csv_from_bulgarian_excel_shows_each_rows_errors_and_saves_nothing(organiser_client, event):
    read = upload(organiser_client, event, "excel_windows_1251.csv")
    html = preview(organiser_client, event)
    refused = confirm(organiser_client, event)

    assert read.status_code == 302
    assert "Откриване и запознанство" in html  # Windows-1251 read as such
    assert "„32.05.2027“ не е дата; напишете я като 2026-05-12 или 12.05.2026." in html
    assert "15 май 2027 г. не е от дните на събитието (12 май 2027 г. – 13 май 2027 г.)." in html
    assert "Същата сесия като на ред 3." in html
    assert "Сесията приключва, преди да е започнала." in html
    assert "„ръководител“ не е роля" in html
    assert "Непрочетени колони: Бележка" in html
    assert "Запишете" not in html  # no button while rows have errors
    assert refused.status_code == 200 and "Нищо не е записано" in text_of(refused)
    assert (event.sessions.count(), Room.objects.filter(event=event).count(), Person.objects.count()) == (0, 0, 0)


def test_the_csv_template_read_back_adds_its_example_session(organiser_client, event):
    template = organiser_client.get(f"/bg/events/{event.slug}/desk/import/template.csv")
    english = organiser_client.get(f"/en/events/{event.slug}/desk/import/template.csv").content.decode("utf-8-sig")
    body = template.content.decode("utf-8-sig").replace("2026-05-12", "2027-05-12")

    upload(organiser_client, event, "programme-template.csv", body.encode("utf-8-sig"))
    confirm(organiser_client, event)

    assert template["Content-Type"] == "text/csv; charset=utf-8" and template.content.startswith(b"\xef\xbb\xbf")
    assert body.splitlines()[0].startswith("date;start;end;duration;room;title_bg;title_en;kind")
    assert english.splitlines()[0].startswith("date,start,end,duration,room,title_bg,title_en,kind")
    session = event.sessions.get()
    assert (session.title_bg, session.title_en, session.kind) == (
        "Социални иновации в общността",
        "Social innovation in the community",
        SessionKind.PANEL,
    )
    assert programme(event)[0][1:] == (
        "12.05 09:30",
        "11:00",
        "Зала „Тракия“",
        [("Мария Иванова", RoleKind.MODERATOR), ("Ivan Petrov", RoleKind.SPEAKER)],
    )


def test_a_room_taken_twice_blocks_the_whole_import(organiser_client, event):
    pirin = RoomFactory(event=event, name_bg="Зала „Пирин“", name_en="")
    SessionFactory(
        day=event.days.first(),
        room=pirin,
        title_bg="Пресконференция",
        start=in_sofia(2027, 5, 12, 9, 45),
        end=in_sofia(2027, 5, 12, 10, 15),
    )

    upload(organiser_client, event, "pretalx_schedule.xml")
    html = preview(organiser_client, event)
    refused = confirm(organiser_client, event)

    assert "Зала „Пирин“ е заета два пъти едновременно" in html and "Запишете" not in html
    assert refused.status_code == 200
    assert list(event.sessions.values_list("title_bg", flat=True)) == ["Пресконференция"]
    assert list(event.rooms.values_list("name_bg", flat=True)) == ["Зала „Пирин“"]


def test_a_clash_arising_after_the_preview_saves_nothing(organiser_client, event):
    upload(organiser_client, event, "pretalx_schedule.xml")
    preview(organiser_client, event)
    rila = RoomFactory(event=event, name_bg="Зала „Рила“", name_en="")
    SessionFactory(day=event.days.first(), room=rila, start=in_sofia(2027, 5, 12, 11), end=in_sofia(2027, 5, 12, 13))

    refused = confirm(organiser_client, event)

    assert "програмата се е променила, откакто файлът беше прочетен" in text_of(refused)
    assert event.sessions.count() == 1 and Person.objects.count() == 0


def test_reading_the_same_file_again_leaves_the_programme_and_moves_what_changed_as_a_draft(organiser_client, event):
    event.status = EventStatus.PUBLISHED
    event.save()
    upload(organiser_client, event, "pretalx_schedule.xml")
    confirm(organiser_client, event)
    moved = (
        (FILES / "pretalx_schedule.xml").read_text().replace("2027-05-13T09:30:00+03:00", "2027-05-13T11:00:00+03:00")
    )

    upload(organiser_client, event, "pretalx_schedule.xml")
    again = preview(organiser_client, event, language="en")
    upload(organiser_client, event, "schedule.xml", moved.encode())
    moving = preview(organiser_client, event, language="en")
    confirm(organiser_client, event, language="en")
    talk = event.sessions.get(title_en="Self-directed support in Scotland")
    before_publishing = (timezone.localtime(talk.start).hour, ProgrammeChange.objects.filter(event=event).count())
    services.publish_programme(event=event)

    assert "4 sessions already in the programme, left as they are" in again
    assert "Nothing to save: every session of the file is already in the programme." in again
    assert "1 session moved" in moving and "Moved to this time or room" in moving
    assert event.sessions.count() == 4 and event.rooms.count() == 2
    assert before_publishing == (9, 0)  # a draft on the desk, as a move there is
    change = ProgrammeChange.objects.get(event=event)
    assert change.kind == ChangeKind.RESCHEDULED
    assert (
        change.description_en == "“Self-directed support in Scotland” now takes place on Thursday, 13 May, 11:00–12:00."
    )


@pytest.mark.parametrize("export", ["schedule.xml", "schedule.json"])
def test_exporting_a_programme_from_one_event_and_importing_it_into_another_gives_the_same_sessions(
    client, organiser, event, export
):
    source = EventFactory(status=EventStatus.PUBLISHED, start=in_sofia(2027, 5, 12, 9), end=in_sofia(2027, 5, 13, 18))
    hall, garden = RoomFactory(event=source, name_bg="Голяма зала"), RoomFactory(event=source, name_bg="Градина")
    first, second = (ProgrammeDayFactory(event=source, date=in_sofia(2027, 5, day).date()) for day in (12, 13))
    talk = SessionFactory(
        day=first, room=hall, title_bg="Откриване", start=in_sofia(2027, 5, 12, 9), end=in_sofia(2027, 5, 12, 10)
    )
    SessionRoleFactory(session=talk, person=PersonFactory(name_bg="Анна Петрова"))
    workshop = SessionFactory(
        day=second,
        room=garden,
        kind=SessionKind.WORKSHOP,
        title_bg="Работилница",
        parallel_group="Група 1",
        start=in_sofia(2027, 5, 13, 14),
        end=in_sofia(2027, 5, 13, 16, 30),
    )
    SessionRoleFactory(session=workshop, person=PersonFactory(name_bg="Петър Георгиев"))
    client.force_login(organiser)

    exported = client.get(f"/bg/events/{source.slug}/{export}").content
    upload(client, event, export, exported)
    confirm(client, event)

    assert programme(event) == programme(source)
    assert list(event.sessions.values_list("kind", "parallel_group")) == [("talk", ""), ("workshop", "Група 1")]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        (
            "bomb.xml",
            b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
            b"<schedule>&lol2;</schedule>",
            "XML файлът обявява обекти (entities) или тип на документа",
        ),
        (
            "broken.xml",
            b"<schedule><day date='2027-05-12'><room name='A'><event>",
            "XML файлът не може да бъде прочетен",
        ),
        ("other.xml", b"<rss><channel/></rss>", "Този XML файл не е програма във формат frab"),
        ("deep.json", b"[" * 100_000 + b"]" * 100_000, "JSON файлът не може да бъде прочетен"),
        ("broken.json", b'{"schedule": {"conference": ', "JSON файлът не може да бъде прочетен"),
        ("programme.xlsx", b"PK\x03\x04" + b"\x00" * 100, "Това е работна книга на електронна таблица (xlsx/ods)"),
        ("utf16.csv", "дата\tначало".encode("utf-16-le"), "Това не е текстов файл"),
        ("columns.csv", "Заглавие;Зала\nОткриване;Пирин\n".encode(), "В таблицата няма колона за: date, start, end"),
        ("empty.csv", b"", "Изпратеният файл е празен."),
    ],
)
def test_a_hostile_or_wrong_file_gets_a_message_and_the_form_again(organiser_client, event, name, content, message):
    response = upload(organiser_client, event, name, content)

    assert response.status_code == 200
    assert message in text_of(response)
    assert "programme_import" not in organiser_client.session


def test_a_file_over_the_limit_is_refused_before_it_is_read(organiser_client, event, monkeypatch):
    monkeypatch.setattr("events.imports.files.MAX_IMPORT_BYTES", 1024)

    response = upload(organiser_client, event, "big.csv", b"date,start,end,title_en\n" + b"x" * 2000, language="en")

    assert "The file is 2.0 KB; the largest allowed is 1.0 KB." in text_of(response)


def test_more_rows_than_the_limit_are_refused(organiser_client, event, monkeypatch):
    monkeypatch.setattr("events.imports.table.MAX_ROWS", 2)
    rows = "".join(f"2027-05-12,{9 + hour}:00,{10 + hour}:00,Talk {hour}\n" for hour in range(3))

    response = upload(organiser_client, event, "many.csv", f"date,start,end,title_en\n{rows}".encode(), language="en")

    assert "The file has more than 2 sessions; import it in parts." in text_of(response)


def test_only_the_events_organisers_and_moderators_may_import(client, event, participant, moderator):
    stranger = roles.assign_role(user=VerifiedUserFactory(), role=roles.ORGANISER)
    EventFactory().organisers.add(stranger)
    pages = ("desk/import/", "desk/import/preview/", "desk/import/template.csv")
    answers = {}
    for who, user in (("stranger", stranger), ("participant", participant), ("moderator", moderator)):
        client.force_login(user)
        answers[who] = [client.get(f"/en/events/{event.slug}/{page}").status_code for page in pages]
        answers[who].append(upload(client, event, "pretalx_schedule.xml", language="en").status_code)
    client.logout()
    anonymous = client.get(f"/en/events/{event.slug}/desk/import/")

    assert answers == {"stranger": [403] * 4, "participant": [403] * 4, "moderator": [200, 302, 200, 302]}
    assert anonymous.status_code == 302 and anonymous["Location"].startswith("/en/accounts/login/")
    assert event.sessions.count() == 0


def test_a_preview_read_for_another_event_is_not_saved_into_this_one(organiser_client, organiser, event):
    other = EventFactory(start=event.start, end=event.end)
    other.organisers.add(organiser)
    upload(organiser_client, event, "pretalx_schedule.xml")

    response = confirm(organiser_client, other, language="en")

    assert response["Location"] == f"/en/events/{other.slug}/desk/import/"
    assert other.sessions.count() == 0 and event.sessions.count() == 0


@pytest.mark.parametrize(
    ("language", "texts"),
    [
        ("bg", ["Импортиране на програма", "Изтеглете шаблона в CSV", "Денят: 2026-05-12 или 12.05.2026."]),
        ("en", ["Import a programme", "Download the CSV template", "The day: 2026-05-12 or 12.05.2026."]),
    ],
)
def test_the_import_page_explains_the_columns_in_the_page_language(organiser_client, event, language, texts):
    page = text_of(organiser_client.get(f"/{language}/events/{event.slug}/desk/import/"))
    desk = organiser_client.get(f"/{language}/events/{event.slug}/desk/").content.decode()

    assert all(text in page for text in texts)
    assert f'href="/{language}/events/{event.slug}/desk/import/"' in desk


def test_the_import_page_queries_do_not_grow_with_the_programme(organiser_client, event, django_assert_num_queries):
    for size in (1, 10):
        for _number in range(size):
            SessionFactory(day=event.days.first(), room=RoomFactory(event=event))
        organiser_client.get(f"/bg/events/{event.slug}/desk/import/")  # warm: what a process reads once is read
        with django_assert_num_queries(2):
            organiser_client.get(f"/bg/events/{event.slug}/desk/import/")


def test_the_preview_queries_do_not_grow_with_the_rows_or_the_programme(
    organiser_client, event, django_assert_num_queries
):
    upload(organiser_client, event, "pretalx_schedule.xml")
    for size in (1, 10):
        for _number in range(size):
            session = SessionFactory(
                day=event.days.last(), room=RoomFactory(event=event), start=in_sofia(2027, 5, 13, 15)
            )
            SessionRoleFactory(session=session)
        organiser_client.get(f"/bg/events/{event.slug}/desk/import/preview/")  # warm, as above
        with django_assert_num_queries(8):
            organiser_client.get(f"/bg/events/{event.slug}/desk/import/preview/")


def test_the_import_pages_are_valid_html(organiser_client, event, tmp_path):
    upload(organiser_client, event, "excel_windows_1251.csv")
    pages = {}
    for language in ("bg", "en"):
        for page in ("desk/import/", "desk/import/preview/"):
            url = f"/{language}/events/{event.slug}/{page}"
            pages[url] = organiser_client.get(url).content.decode()

    assert nu_errors(pages, tmp_path) == {}


def test_a_day_of_the_event_without_a_programme_day_gets_one(organiser_client, event):
    event.days.filter(date=in_sofia(2027, 5, 13).date()).delete()
    table = b"date,start,duration,title_en,room\n13.05.2027,10:00,45,Study visit,Bus\n"

    upload(organiser_client, event, "visit.csv", table, language="en")
    html = preview(organiser_client, event, language="en")
    confirm(organiser_client, event, language="en")

    assert "13 May 2027, 10:00–10:45 (a new programme day)" in html
    assert list(event.days.values_list("date", flat=True)) == [
        in_sofia(2027, 5, 12).date(),
        in_sofia(2027, 5, 13).date(),
    ]
    assert programme(event) == [("Study visit", "13.05 10:00", "10:45", "Bus", [])]


def test_excels_separator_line_and_date_cells_are_read(organiser_client, event):
    table = "sep=;\r\nDate;Start;End;Title;Room\r\n2027-05-12 00:00:00;09:00:00;10:00:00;Welcome;Hall\r\n"

    upload(organiser_client, event, "excel.csv", table.encode("utf-8-sig"), language="en")
    confirm(organiser_client, event, language="en")

    assert programme(event) == [("Welcome", "12.05 09:00", "10:00", "Hall", [])]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", ["“999999999:00:00” is not a length", "“9999-12-31T23:00:00-12:00” is not a date"]),
        ("bg", ["„999999999:00:00“ не е продължителност", "„9999-12-31T23:00:00-12:00“ не е дата"]),
    ],
)
def test_times_past_the_end_of_the_calendar_are_row_errors(organiser_client, event, language, expected):
    """A length of millennia, or a start at the calendar's last hour, cannot be added up: an error on its row."""
    table = b"date,start,duration,title_en\n2027-05-12,10:00,999999999:00:00,Opening\n"
    talk = {"title": "Close", "date": "9999-12-31T23:00:00-12:00", "duration": "01:00", "persons": []}
    schedule = {"schedule": {"conference": {"days": [{"date": "2027-05-12", "rooms": {"Pirin": [talk]}}]}}}
    pages = []
    for name, content in (("table.csv", table), ("schedule.json", json.dumps(schedule).encode())):
        assert upload(organiser_client, event, name, content, language=language).status_code == 302
        pages.append(preview(organiser_client, event, language=language))

    for page, message in zip(pages, expected, strict=True):
        assert message in page
    assert not event.sessions.exists()


def test_an_import_into_a_published_programme_reaches_each_follower_in_one_email(
    organiser_client, event, django_capture_on_commit_callbacks
):
    """Each new session is a line in the follower's notifications, and the e-mail about the event (sent at most
    once in the interval, with all that is new about it) names them all: the import sends no e-mail per session."""
    event.status = EventStatus.PUBLISHED
    event.save()
    follower = VerifiedUserFactory()
    ensure_profile(user=follower, language="en")
    follow(user=follower, target=event)
    titles = ["Opening", "Study visit", "Closing"]
    rows = [f"2027-05-12,{10 + index}:00,45,{title}" for index, title in enumerate(titles)]
    upload(organiser_client, event, "table.csv", "\n".join(["date,start,duration,title_en", *rows]).encode(), "en")

    with django_capture_on_commit_callbacks(execute=True):
        assert confirm(organiser_client, event, "en").status_code == 302

    assert follower.forum_notifications.count() == 3
    assert [message.to for message in mail.outbox] == [[follower.email]]
    assert all(title in mail.outbox[0].body for title in titles)
