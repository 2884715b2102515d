"""The template lint (scripts/check_templates.py, part of `make lint`) names each line over 160 characters."""

from scripts.check_templates import MAX_LINE, problems_in


def test_check_templates_names_the_line_over_160_characters():
    text = "<p>short</p>\n<p>" + "x" * MAX_LINE + "</p>\n"

    assert problems_in("practices/practice_detail.html", text) == [
        "practices/practice_detail.html:2: line of 167 characters, over 160"
    ]


def test_check_templates_accepts_a_line_of_exactly_160_characters():
    assert problems_in("base.html", "x" * MAX_LINE + "\n") == []


def test_check_templates_names_an_id_written_with_the_thousands_separator():
    text = (
        '<a href="?reply_to={{ post.pk }}">\n'
        '<p id="post-{{ post.pk|unlocalize }}" for="{{ field.auto_id }}">{{ row.session_id }}'
    )

    assert problems_in("forum/post.html", text) == [
        "forum/post.html:1: an id without |unlocalize (1234 would read 1,234 in English)",
        "forum/post.html:2: an id without |unlocalize (1234 would read 1,234 in English)",
    ]
