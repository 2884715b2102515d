"""The template lint (scripts/check_templates.py, part of `make lint`) names each line over 160 characters."""

from scripts.check_templates import MAX_LINE, problems_in


def test_check_templates_names_the_line_over_160_characters():
    text = "<p>short</p>\n<p>" + "x" * MAX_LINE + "</p>\n"

    assert problems_in("practices/practice_detail.html", text) == [
        "practices/practice_detail.html:2: line of 167 characters, over 160"
    ]


def test_check_templates_accepts_a_line_of_exactly_160_characters():
    assert problems_in("base.html", "x" * MAX_LINE + "\n") == []
