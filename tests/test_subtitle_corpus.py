"""Subtitle files as partners' tools write them: tests/data/subtitles/, made by make_corpus.py there.

Each readable file gives its cue count, first cue text and encoding; each broken one its errors with lines.
The normalised WebVTT the portal stores is read back by webvtt-py, an independent parser.
"""

import html
import importlib.util
from pathlib import Path

import pytest
import webvtt
from django.core.exceptions import ValidationError
from django.utils import translation

from films.subtitles import cues_to_srt, parse_subtitles

CORPUS = Path(__file__).parent / "data" / "subtitles"

# file, track language, cue count, first cue text, encoding used, candidates offered when it was a guess
READABLE = [
    ("bg-cp1251.srt", "bg", 3, "Добре дошли в центъра.", "cp1251", ("cp1251",)),
    ("bg-koi8-r.srt", "bg", 3, "Добре дошли в центъра.", "koi8_r", ("koi8_r",)),
    ("bg-utf8.srt", "bg", 3, "Добре дошли в центъра.", "utf-8", ()),
    ("bg-utf8-bom-crlf.srt", "bg", 3, "Добре дошли в центъра.", "utf-8", ()),
    ("bg-utf16le-bom.srt", "bg", 3, "Добре дошли в центъра.", "utf-16-le", ()),
    ("bg-utf16be-bom.vtt", "bg", 3, "Добре дошли в центъра.", "utf-16-be", ()),
    ("bg-utf32le-bom.srt", "bg", 3, "Добре дошли в центъра.", "utf-32-le", ()),
    ("fr-cp1252.srt", "fr", 3, "Bienvenue à l’atelier, où l’on crée.", "cp1252", ("cp1252",)),
    ("fr-cp1252-on-bg-track.srt", "bg", 3, "Bienvenue à l’atelier, où l’on crée.", "cp1252", ("cp1252",)),
    ("it-latin1.srt", "it", 3, "Perché è così? Città e virtù.", "cp1252", ("cp1252",)),
    ("pt-cp1252.srt", "pt", 3, "A inovação social não é só ação.", "cp1252", ("cp1252",)),
    ("pt-iso8859-15.srt", "pt", 3, "A inovação social não é só ação.", "iso8859_15", ("iso8859_15",)),
    ("pl-cp1250.srt", "pl", 3, "Zażółć gęślą jaźń, proszę państwa.", "cp1250", ("cp1250",)),
    ("pl-iso8859-2.srt", "pl", 3, "Zażółć gęślą jaźń, proszę państwa.", "iso8859_2", ("iso8859_2",)),
    # ș/ț (ISO-8859-16) and ş/ţ (Windows-1250) both read as Romanian: the uploader must choose.
    ("ro-iso8859-16.srt", "ro", 3, "Bună ziua, ştiţi unde e gara?", "cp1250", ("cp1250", "iso8859_16")),
    ("en-ascii-cr.srt", "en", 3, "Welcome to the centre.", "utf-8", ()),
    ("en-legacy-settings.vtt", "en", 3, "Centred, in the old spelling.", "utf-8", ()),
    ("en-blocks.vtt", "en", 2, "Good morning & welcome.", "utf-8", ()),
    ("en-omitted-hours.vtt", "en", 2, "Minutes and seconds only.", "utf-8", ()),
    ("en-arrow-in-text.srt", "en", 2, "Turn left --> then right.", "utf-8", ()),
]

REFUSED = [
    (
        "broken.srt",
        [
            (
                5,
                "Line 5: expected a cue number or a timing line here. A blank line inside a subtitle ends it; "
                "remove the blank line or the stray text.",
            ),
            (8, 'Line 8: "00:00:03,000 --> 00:00:xx,000" is not a cue timing such as 00:01:02,500 --> 00:01:04,000.'),
            (12, "Line 12: the cue ends (00:00:04.000) before or when it starts (00:00:05.000)."),
            (20, "Line 20: the cue starts at 00:00:07.000, before the previous cue ends at 00:00:08.000."),
        ],
    ),
    (
        "broken.vtt",
        [
            (
                2,
                "Line 2: a blank line must separate the WEBVTT line from the first cue; "
                "without it, players skip the cue.",
            ),
            (7, "Line 7: a timing line inside a cue's text; is a blank line missing before it?"),
            (9, 'Line 9: "00:00:61.000 --> 00:00:62.000" is not a cue timing such as 00:01:02,500 --> 00:01:04,000.'),
        ],
    ),
    ("bom-only.srt", [(None, "The file holds only a byte order mark (UTF-8) and no subtitles.")]),
    ("bom-only-utf16.vtt", [(None, "The file holds only a byte order mark (UTF-16 LE) and no subtitles.")]),
    (
        "picture.srt",
        [(None, "This is a PNG file, not subtitles. Upload a SubRip (.srt) or WebVTT (.vtt) text file.")],
    ),
    (
        "archive.srt",
        [(None, "This is a ZIP file, not subtitles. Upload a SubRip (.srt) or WebVTT (.vtt) text file.")],
    ),
    ("empty.vtt", [(None, "The file is empty.")]),
]


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


def read(name):
    return (CORPUS / name).read_bytes()


@pytest.mark.parametrize(("name", "language", "count", "first_text", "encoding", "candidates"), READABLE)
def test_corpus_file_is_read(name, language, count, first_text, encoding, candidates):
    parsed = parse_subtitles(read(name), language=language)

    assert (len(parsed.cues), parsed.cues[0].text) == (count, first_text)
    assert (parsed.encoding, parsed.decoded.candidates) == (encoding, candidates)
    # What the portal stores is WebVTT another parser reads to the same cues.
    assert [
        (caption.start_time.in_milliseconds(), caption.end_time.in_milliseconds(), html.unescape(caption.text))
        for caption in webvtt.from_string(parsed.webvtt)
    ] == [(cue.start_ms, cue.end_ms, cue.text) for cue in parsed.cues]


@pytest.mark.parametrize(("name", "errors"), REFUSED)
def test_corpus_file_is_refused_with_every_error_and_its_line(name, errors):
    with pytest.raises(ValidationError) as caught:
        parse_subtitles(read(name), language="en")

    assert [((error.params or {}).get("line"), error.messages[0]) for error in caught.value.error_list] == errors


def test_corpus_files_are_what_their_script_makes():
    spec = importlib.util.spec_from_file_location("make_corpus", CORPUS / "make_corpus.py")
    make_corpus = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_corpus)

    assert {name: read(name) for name in make_corpus.CORPUS} == make_corpus.CORPUS
    assert sorted(
        path.name for path in CORPUS.iterdir() if path.suffix != ".py" and not path.name.startswith(".")
    ) == sorted(make_corpus.CORPUS)


def test_legacy_and_invalid_cue_settings_keep_the_valid_ones_and_warn_about_the_rest():
    parsed = parse_subtitles(read("en-legacy-settings.vtt"))

    assert [cue.settings for cue in parsed.cues] == [
        "align:center line:90%",
        "position:50%,center size:80%",
        "line:-1 vertical:lr",
    ]
    assert [str(warning.message) for warning in parsed.warnings] == [
        'Line 3: "align:middle" is an old spelling; it is kept as "align:center".',
        'Line 6: "position:50%,middle" is an old spelling; it is kept as "position:50%,center".',
        'Line 6: the cue setting "colour:red" is unknown or invalid; browsers ignore it, and so does the portal.',
        'Line 9: the cue setting "align:top" is unknown or invalid; browsers ignore it, and so does the portal.',
    ]


def test_region_style_and_note_blocks_and_identifiers_are_accepted():
    parsed = parse_subtitles(read("en-blocks.vtt"))

    assert parsed.webvtt == (
        "WEBVTT\n\n"
        "REGION\nid:speaker\nwidth:40%\nlines:3\n\n"
        "Scene 1 — the meeting room\n00:00:01.000 --> 00:00:02.500 region:speaker\n"
        "<v Maria>Good morning &amp; welcome.\n\n"
        "2\n00:00:03.000 --> 00:00:04.000\n<i>Goodbye.</i>\n"
    )
    assert [(cue.line, cue.text) for cue in parsed.cues] == [(17, "Good morning & welcome."), (23, "Goodbye.")]
    assert [str(warning.message) for warning in parsed.warnings] == [
        "Line 5: STYLE blocks are left out; the portal's player styles the subtitles."
    ]


def test_omitted_hours_and_long_hours_are_read():
    parsed = parse_subtitles(read("en-omitted-hours.vtt"))

    assert [(cue.start_ms, cue.end_ms) for cue in parsed.cues] == [(1000, 2500), (60_000, 3_660_000)]


def test_cue_text_with_an_arrow_survives_webvtt_and_subrip(tmp_path):
    parsed = parse_subtitles(read("en-arrow-in-text.srt"))
    srt = cues_to_srt(parsed.cues)
    (tmp_path / "export.srt").write_text(srt, encoding="utf-8")

    assert "00:00:01.000 --> 00:00:03.000\nTurn left --&gt; then right.\n" in parsed.webvtt
    assert "1\n00:00:01,000 --> 00:00:03,000\nTurn left --> then right.\n" in srt
    assert [cue.text for cue in parse_subtitles(srt.encode()).cues] == [
        "Turn left --> then right.",
        "Arrows --> everywhere -->",
    ]
    assert [caption.text for caption in webvtt.from_srt(tmp_path / "export.srt")] == [
        "Turn left --> then right.",
        "Arrows --> everywhere -->",
    ]


def test_more_cues_than_a_track_may_hold_are_refused_before_parsing(settings):
    settings.SUBTITLE_MAX_CUES = 2
    data = b"WEBVTT\n\n00:01.000 --> 00:02.000\nOne\n\n00:03.000 --> 00:04.000\nTwo\n\n00:05.000 --> 00:06.000\nX\n"

    with pytest.raises(ValidationError) as caught:
        parse_subtitles(data)

    assert caught.value.messages == [
        "The file holds 3 cues; a subtitle track may hold at most 2. Check that this is the subtitle file of this film."
    ]


def test_errors_past_the_limit_are_counted_not_listed():
    bad = "\n".join(f"{n}\n00:00:{n:02d},000 --> 00:00:xx,000\nText\n" for n in range(1, 26))

    with pytest.raises(ValidationError) as caught:
        parse_subtitles(bad.encode())

    messages = caught.value.messages
    assert len(messages) == 21
    assert messages[0].startswith('Line 2: "00:00:01,000 --> 00:00:xx,000" is not a cue timing')
    assert messages[-1] == "… and 5 more errors after these; fix these and upload the file again."
