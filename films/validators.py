"""Film uploads are recognised by their bytes; film links become privacy-enhanced embeds."""

import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from core.validators import MaxFileSizeValidator

WEBM_SIGNATURE = b"\x1a\x45\xdf\xa3"  # EBML header, shared by WebM and Matroska
MP4_BOX = b"ftyp"
EXTENSIONS = {"webm": (".webm", ".mkv"), "mp4": (".mp4", ".m4v", ".mov")}
_YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")
_VIMEO_ID = re.compile(r"^\d{4,12}$")


def detect_film_format(file):
    """Return "webm" or "mp4" from the first bytes of `file`, or None."""
    file.seek(0)
    head = file.read(12)
    file.seek(0)
    if head.startswith(WEBM_SIGNATURE):
        return "webm"
    if head[4:8] == MP4_BOX:
        return "mp4"
    return None


def validate_film_file(file):
    # A stored file (an admin edit that keeps it) was checked when it was uploaded; reading it again would fetch it
    # from storage and leave it open.
    if not file or getattr(file, "_committed", False):
        return
    MaxFileSizeValidator(settings.FILM_MAX_UPLOAD_BYTES)(file)
    detected = detect_film_format(file)
    if detected is None:
        raise ValidationError(
            _("This file is not an MP4 or WebM video. Convert it to MP4 (H.264) or WebM and upload it again."),
            code="unsupported_film",
        )
    # The page names the type from the extension, so it must tell the truth about the content.
    if Path(file.name).suffix.lower() not in EXTENSIONS[detected]:
        raise ValidationError(
            _("This file holds a %(format)s video; give it the extension %(extension)s and upload it again."),
            code="film_extension",
            params={"format": detected.upper(), "extension": EXTENSIONS[detected][0]},
        )


def embed_url(url):
    """The privacy-enhanced player address for a YouTube or Vimeo link, or None for any other link."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower().removeprefix("www.").removeprefix("m.")
    segments = [segment for segment in parts.path.split("/") if segment]
    video_id = None
    if host in {"youtube.com", "youtube-nocookie.com"}:
        if segments[:1] == ["watch"]:
            video_id = parse_qs(parts.query).get("v", [""])[0]
        elif len(segments) >= 2 and segments[0] in {"embed", "shorts", "live"}:
            video_id = segments[1]
        if video_id and _YOUTUBE_ID.match(video_id):
            return f"https://www.youtube-nocookie.com/embed/{video_id}"
    elif host == "youtu.be" and segments and _YOUTUBE_ID.match(segments[0]):
        return f"https://www.youtube-nocookie.com/embed/{segments[0]}"
    elif host in {"vimeo.com", "player.vimeo.com"}:
        video_id = next((segment for segment in segments if _VIMEO_ID.match(segment)), None)
        if video_id:
            return f"https://player.vimeo.com/video/{video_id}?dnt=1"
    return None


def validate_external_url(url):
    if url and embed_url(url) is None:
        raise ValidationError(
            _("Give the address of a film on YouTube or Vimeo, for example https://www.youtube.com/watch?v=…"),
            code="unsupported_host",
        )
