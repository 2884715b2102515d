"""Subtitle files: decoding their bytes (`encodings`), reading and checking them, and writing them out (`parsing`)."""

from .encodings import AUTO, ENCODING_NAMES, DecodedText, decode_subtitles, encoding_name
from .parsing import (
    Cue,
    ParsedSubtitles,
    SubtitleFormat,
    SubtitleWarning,
    cue_warnings,
    cues_to_srt,
    cues_to_webvtt,
    detect_format,
    format_timestamp,
    max_cues,
    parse_subtitles,
)

__all__ = [
    "AUTO",
    "ENCODING_NAMES",
    "Cue",
    "DecodedText",
    "ParsedSubtitles",
    "SubtitleFormat",
    "SubtitleWarning",
    "cue_warnings",
    "cues_to_srt",
    "cues_to_webvtt",
    "decode_subtitles",
    "detect_format",
    "encoding_name",
    "format_timestamp",
    "max_cues",
    "parse_subtitles",
]
