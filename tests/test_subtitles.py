from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError
from django.utils import translation

from films import subtitles
from films.models import Cue, SubtitleTrack
from films.services import store_subtitle_track
from films.subtitles import cue_warnings, cues_to_srt, decode_subtitles, parse_subtitles
from tests.factories.films import FilmFactory, SubtitleTrackFactory

BULGARIAN_SRT = """1
00:00:01,000 --> 00:00:03,500
Здравейте, <i>приятели</i>!

2
00:00:04,000 --> 00:00:06,000
Втори ред
и трети
"""

EXPECTED_VTT = """WEBVTT

00:00:01.000 --> 00:00:03.500
Здравейте, <i>приятели</i>!

00:00:04.000 --> 00:00:06.000
Втори ред
и трети
"""


@pytest.fixture(autouse=True)
def _english():
    """Messages are asserted in English here; one test checks the Bulgarian catalogue."""
    with translation.override("en"):
        yield


def refusals(data, **kwargs):
    """Every error of a refused file as (code, line, message)."""
    with pytest.raises(ValidationError) as caught:
        parse_subtitles(data, **kwargs)
    return [(error.code, (error.params or {}).get("line"), error.messages[0]) for error in caught.value.error_list]


def refusal(data, **kwargs):
    """The only error of a refused file."""
    (error,) = refusals(data, **kwargs)
    return error


def test_srt_in_utf8_converts_to_webvtt():
    parsed = parse_subtitles(BULGARIAN_SRT.encode("utf-8"))

    assert parsed.format == "srt"
    assert parsed.encoding == "utf-8"
    assert parsed.webvtt == EXPECTED_VTT
    assert [(cue.start_ms, cue.end_ms, cue.text, cue.line) for cue in parsed.cues] == [
        (1000, 3500, "Здравейте, приятели!", 2),
        (4000, 6000, "Втори ред\nи трети", 6),
    ]


def test_srt_in_windows_1251_is_decoded():
    parsed = parse_subtitles(BULGARIAN_SRT.encode("cp1251"))

    assert parsed.encoding == "cp1251"
    assert parsed.webvtt == EXPECTED_VTT


def test_srt_with_utf8_bom_and_crlf_is_decoded():
    data = b"\xef\xbb\xbf" + BULGARIAN_SRT.replace("\n", "\r\n").encode("utf-8")

    parsed = parse_subtitles(data)

    assert parsed.encoding == "utf-8"
    assert parsed.webvtt == EXPECTED_VTT


def test_utf16_with_bom_is_decoded():
    decoded = decode_subtitles("\ufeff".encode("utf-16-le") + BULGARIAN_SRT.encode("utf-16-le"))

    assert (decoded.encoding, decoded.certain) == ("utf-16-le", True)
    assert decoded.text.startswith("1\n00:00:01,000")


def test_webvtt_with_identifiers_notes_and_settings_is_kept():
    data = (
        "WEBVTT - demo\n\nNOTE made by hand\n\nintro\n00:01.000 --> 00:02.500 align:start line:90%\n"
        "<v Мария>Добър ден.\n\n00:03.000 --> 00:04.000\nДовиждане.\n"
    ).encode()

    parsed = parse_subtitles(data)

    assert parsed.format == "vtt"
    assert [(cue.start_ms, cue.end_ms, cue.text, cue.line) for cue in parsed.cues] == [
        (1000, 2500, "Добър ден.", 6),
        (3000, 4000, "Довиждане.", 9),
    ]
    assert "00:00:01.000 --> 00:00:02.500 align:start line:90%\n<v Мария>Добър ден." in parsed.webvtt


def test_srt_without_index_numbers_is_accepted():
    parsed = parse_subtitles(b"00:00:01,000 --> 00:00:02,000\nOne\n\n00:00:03,000 --> 00:00:04,000\nTwo\n")

    assert [cue.text for cue in parsed.cues] == ["One", "Two"]


def test_empty_file_is_refused():
    assert refusal(b"  \n\n") == ("empty", None, "The file is empty.")


def test_garbage_text_is_refused_at_its_first_line():
    assert refusal(b"\n\nThis is a shopping list\nmilk\n") == (
        "format",
        3,
        "Line 3: this is neither a SubRip (.srt) nor a WebVTT (.vtt) subtitle file.",
    )


def test_binary_file_is_refused():
    assert refusal(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR") == (
        "binary",
        None,
        "This is a PNG file, not subtitles. Upload a SubRip (.srt) or WebVTT (.vtt) text file.",
    )


def test_text_with_control_characters_is_refused_at_their_line():
    assert refusal(b"1\n00:00:01,000 --> 00:00:02,000\nOne\x01\n") == (
        "binary",
        3,
        "Line 3: this is not a text file (it holds binary data).",
    )


def test_stray_text_between_cues_is_refused_at_its_line():
    data = b"1\n00:00:01,000 --> 00:00:02,000\nOne\n\nstray words\n\n2\n00:00:03,000 --> 00:00:04,000\nTwo\n"

    code, line, message = refusal(data)

    assert (code, line) == ("garbage", 5)
    assert message.startswith("Line 5: expected a cue number or a timing line here.")


def test_malformed_timing_is_refused_with_the_timing():
    data = b"1\n00:00:01,000 --> 00:00:02,000\nOne\n\n2\n00:00:03,000 --> 00:00:xx,000\nTwo\n"

    assert refusal(data) == (
        "timing",
        6,
        'Line 6: "00:00:03,000 --> 00:00:xx,000" is not a cue timing such as 00:01:02,500 --> 00:01:04,000.',
    )


def test_impossible_seconds_are_refused():
    code, line, _message = refusal(b"1\n00:00:01,000 --> 00:00:75,000\nOne\n")

    assert (code, line) == ("timing", 2)


def test_unknown_webvtt_cue_setting_is_ignored_with_a_warning():
    parsed = parse_subtitles(b"WEBVTT\n\n00:01.000 --> 00:02.000 colour:red align:start\nOne\n")

    assert "00:00:01.000 --> 00:00:02.000 align:start\nOne\n" in parsed.webvtt
    assert [str(warning.message) for warning in parsed.warnings] == [
        'Line 3: the cue setting "colour:red" is unknown or invalid; browsers ignore it, and so does the portal.'
    ]


def test_reversed_timestamps_are_refused():
    data = b"1\n00:00:01,000 --> 00:00:02,000\nOne\n\n2\n00:00:05,000 --> 00:00:03,000\nTwo\n"

    assert refusal(data) == (
        "reversed",
        6,
        "Line 6: the cue ends (00:00:03.000) before or when it starts (00:00:05.000).",
    )


def test_overlapping_cues_are_refused():
    data = b"WEBVTT\n\n00:01.000 --> 00:03.000\nOne\n\n00:02.000 --> 00:04.000\nTwo\n"

    assert refusal(data) == (
        "overlap",
        6,
        "Line 6: the cue starts at 00:00:02.000, before the previous cue ends at 00:00:03.000.",
    )


def test_cue_past_the_films_end_is_a_warning():
    data = b"1\n00:00:01,000 --> 00:00:02,000\nOne\n\n2\n00:01:59,000 --> 00:02:01,000\nTwo\n"

    parsed = parse_subtitles(data, duration=timedelta(minutes=2))

    assert [cue.text for cue in parsed.cues] == ["One", "Two"]
    assert [(warning.line, str(warning.message)) for warning in parsed.warnings] == [
        (6, "Line 6: the cue ends at 00:02:01.000, after the film's end at 00:02:00.000.")
    ]


def test_webvtt_header_must_stand_alone():
    assert refusal(b"WEBVTTX\n\n00:01.000 --> 00:02.000\nOne\n")[:2] == ("header", 1)


def test_webvtt_cue_missing_its_blank_line_is_refused():
    data = b"WEBVTT\n\n00:01.000 --> 00:02.000\nOne\n00:03.000 --> 00:04.000\nTwo\n"

    assert refusal(data)[:2] == ("arrow", 5)


def test_file_without_cues_is_refused():
    assert refusal(b"WEBVTT\n\nNOTE nothing here yet\n")[:2] == ("no_cues", None)


def test_refusal_is_translated_into_bulgarian():
    data = b"1\n00:00:05,000 --> 00:00:03,000\nOne\n"

    with translation.override("bg"), pytest.raises(ValidationError) as caught:
        parse_subtitles(data)
    with translation.override("bg"):
        assert caught.value.messages[0] == (
            "Ред 2: субтитърът свършва (00:00:03.000) преди или когато започва (00:00:05.000)."
        )


def test_cue_without_text_is_left_out_with_a_warning():
    parsed = parse_subtitles(b"1\n00:00:01,000 --> 00:00:02,000\n\n2\n00:00:03,000 --> 00:00:04,000\nTwo\n")

    assert [cue.text for cue in parsed.cues] == ["Two"]
    assert [str(warning.message) for warning in parsed.warnings] == ["Line 2: a cue without text was left out."]


def test_warnings_flag_long_lines_and_fast_reading():
    long_line = "Това е много дълъг ред, който трудно се чете на екрана"
    data = (
        f"1\n00:00:01,000 --> 00:00:09,000\n{long_line}\n\n2\n00:00:10,000 --> 00:00:11,000\nТвърде бързо за четене\n"
    )

    parsed = parse_subtitles(data.encode())

    assert [(warning.line, str(warning.message)) for warning in parsed.warnings] == [
        (2, f"Line 2: a subtitle line has {len(long_line)} characters (at most 42 read well)."),
        (6, "Line 6: 22.0 characters per second is faster than 17 can be read."),
    ]


def test_no_warnings_for_well_made_subtitles():
    assert cue_warnings(parse_subtitles(BULGARIAN_SRT.encode()).cues) == []


def test_cues_convert_back_to_srt():
    assert cues_to_srt(parse_subtitles(EXPECTED_VTT.encode()).cues) == (
        "1\n00:00:01,000 --> 00:00:03,500\nЗдравейте, приятели!\n\n"
        "2\n00:00:04,000 --> 00:00:06,000\nВтори ред\nи трети\n"
    )


@pytest.mark.django_db
def test_storing_a_track_replaces_its_cues():
    track = SubtitleTrackFactory(language="bg")
    parsed = parse_subtitles(BULGARIAN_SRT.encode("cp1251"))

    store_subtitle_track(track=track, parsed=parsed, filename="bulgarian.srt")

    track.refresh_from_db()
    assert track.webvtt == EXPECTED_VTT
    assert (track.source_filename, track.source_encoding) == ("bulgarian.srt", "cp1251")
    assert list(track.cues.values_list("position", "start_ms", "end_ms", "text")) == [
        (0, 1000, 3500, "Здравейте, приятели!"),
        (1, 4000, 6000, "Втори ред\nи трети"),
    ]


@pytest.mark.django_db(transaction=True)
def test_storing_a_track_is_all_or_nothing():
    film = FilmFactory()
    parsed = parse_subtitles(BULGARIAN_SRT.encode())
    # A cue the database refuses (it ends before it starts) after a good one.
    parsed.cues.append(subtitles.Cue(start_ms=9000, end_ms=8000, text="broken"))

    with pytest.raises(IntegrityError):
        store_subtitle_track(track=SubtitleTrack(film=film, language="bg"), parsed=parsed)

    assert SubtitleTrack.objects.filter(film=film).count() == 0
    assert Cue.objects.count() == 0


def test_track_over_the_default_cue_limit_is_refused_with_its_count():
    data = "\n".join(
        f"{n + 1}\n{subtitles.format_timestamp(n * 1000, separator=',')} --> "
        f"{subtitles.format_timestamp(n * 1000 + 900, separator=',')}\nCue {n}\n"
        for n in range(40_000)
    )

    assert refusal(data.encode()) == (
        "too_many_cues",
        None,
        "The file holds 40,000 cues; a subtitle track may hold at most 5,000. "
        "Check that this is the subtitle file of this film.",
    )


@pytest.mark.django_db
def test_cue_text_with_an_arrow_downloads_as_subrip_and_webvtt(client):
    track = SubtitleTrackFactory(srt="1\n00:00:01,000 --> 00:00:03,000\nTurn left --> then right.\n")

    srt = client.get(track.get_srt_url()).content.decode()
    vtt = client.get(track.get_absolute_url()).content.decode()

    assert srt == "1\n00:00:01,000 --> 00:00:03,000\nTurn left --> then right.\n"
    assert vtt == "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nTurn left --&gt; then right.\n"


def test_utf16_without_a_bom_is_binary_unless_chosen():
    data = BULGARIAN_SRT.encode("utf-16-le")

    assert refusal(data)[:2] == ("binary", 1)
    assert parse_subtitles(data, encoding="utf-16-le").cues[0].text == "Здравейте, приятели!"


def test_chosen_encoding_that_cannot_read_the_file_is_refused_at_its_line():
    data = "1\n00:00:01,000 --> 00:00:02,000\nOne\n\n2\n00:00:03,000 --> 00:00:04,000\nДве\n".encode("cp1251")

    assert refusal(data, encoding="utf-32-le")[0] == "encoding"
    assert refusal(data + b"\x98", encoding="cp1251") == (
        "encoding",
        8,
        "Line 8: this file cannot be read as Windows-1251 (Cyrillic: Bulgarian, Russian); choose another encoding.",
    )
