"""Dates read as each language writes them: Bulgarian month names in lower case."""

import datetime

import pytest
from django.template import Context, Template
from django.utils import translation

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
