"""Dates read as each language writes them: Bulgarian month names in lower case."""

import datetime

import pytest
from django import forms
from django.template import Context, Template
from django.urls import reverse
from django.utils import formats, timezone, translation

from core.formats import long_date
from tests.factories.events import EventFactory

DAY = datetime.date(2018, 9, 7)


@pytest.mark.parametrize(
    ("language", "template", "expected"),
    [
        ("bg", '{{ day|date:"j E Y" }}', "7 септември 2018"),
        ("bg", '{{ day|date:"F Y" }}', "септември 2018"),
        ("bg", "{% load core_tags %}{{ day|long_date }}", "7 септември 2018 г."),
        ("en", '{{ day|date:"j E Y" }}', "7 September 2018"),
        ("en", "{% load core_tags %}{{ day|long_date }}", "7 September 2018"),
    ],
)
def test_month_names_follow_the_page_language(language, template, expected):
    with translation.override(language):
        rendered = Template(template).render(Context({"day": DAY}))

    assert rendered == expected


MEETING = datetime.datetime(2027, 3, 18, 10, 0)


@pytest.mark.parametrize(
    ("language", "format_name", "expected"),
    [
        ("bg", "DATETIME_FORMAT", "18 март 2027 г., 10:00"),
        ("bg", "DATE_FORMAT", "18 март 2027 г."),
        ("bg", "TIME_FORMAT", "10:00"),
        ("bg", "SHORT_DATE_FORMAT", "18.03.2027"),
        ("bg", "SHORT_DATETIME_FORMAT", "18.03.2027 10:00"),
        ("en", "DATETIME_FORMAT", "March 18, 2027, 10 a.m."),
        ("en", "DATE_FORMAT", "March 18, 2027"),
    ],
)
def test_named_formats_write_dates_as_each_language_does(language, format_name, expected):
    with translation.override(language):
        assert formats.date_format(MEETING, format_name) == expected


def test_bulgarian_formats_and_long_date_name_the_month_alike():
    with translation.override("bg"):
        assert formats.date_format(MEETING, "DATE_FORMAT").startswith(long_date(MEETING.date()))


@pytest.mark.django_db
@pytest.mark.parametrize(("language", "shown"), [("bg", "18 март 2027 г., 10:00"), ("en", "March 18, 2027, 10 a.m.")])
def test_admin_lists_dates_in_the_admins_language(moderator_client, language, shown):
    start = timezone.make_aware(MEETING)
    EventFactory(title_bg="Среща", start=start, end=start + datetime.timedelta(hours=2))

    html = moderator_client.get(reverse("admin:events_event_changelist"), HTTP_ACCEPT_LANGUAGE=language)

    assert f'<td class="field-start nowrap">{shown}</td>' in html.content.decode()


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("18.03.2027", datetime.date(2027, 3, 18)), ("2027-03-18", datetime.date(2027, 3, 18))],
)
def test_bulgarian_date_fields_accept_the_bulgarian_and_the_iso_way(typed, expected):
    with translation.override("bg"):
        form_field = forms.DateField()

        assert form_field.clean(typed) == expected
        assert form_field.widget.format_value(expected) == "18.03.2027"


def test_bulgarian_time_fields_keep_the_seconds_they_were_given():
    with translation.override("bg"):
        form_field = forms.SplitDateTimeField()
        shown = form_field.widget.decompress(datetime.datetime(2027, 3, 18, 10, 0, 42))

        assert [widget.format_value(value) for widget, value in zip(form_field.widget.widgets, shown, strict=True)] == [
            "18.03.2027",
            "10:00:42",
        ]


def test_machine_datetime_is_sofia_time_to_the_second():
    """`<time datetime>` takes at most three digits of a second's fraction; Django's "c" format writes six."""
    moment = datetime.datetime(2027, 3, 18, 8, 0, 5, 123456, tzinfo=datetime.UTC)

    rendered = Template("{% load core_tags %}{{ moment|machine_datetime }} {{ day|machine_datetime }}").render(
        Context({"moment": moment, "day": DAY})
    )

    assert rendered == "2027-03-18T10:00:05+02:00 2018-09-07"
