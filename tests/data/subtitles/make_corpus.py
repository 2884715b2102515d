"""Writes the subtitle test corpus next to this script: `python tests/data/subtitles/make_corpus.py`.

Each file is made here from text and an encoding, so its bytes are known; tests/test_subtitle_corpus.py
reads the files and checks that this script still makes them byte for byte.
"""

import codecs
import io
import struct
import zipfile
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent


def srt(*texts, seconds_each=3, newline="\n"):
    """A SubRip text with one cue per text, back to back."""
    blocks = []
    for index, text in enumerate(texts):
        start, end = index * seconds_each, index * seconds_each + seconds_each - 1
        blocks.append(f"{index + 1}\n00:00:{start:02d},000 --> 00:00:{end:02d},500\n{text}\n")
    return "\n".join(blocks).replace("\n", newline)


def png():
    """The smallest valid PNG: one transparent pixel."""

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 6, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\0\0\0\0\0"))
        + chunk(b"IEND", b"")
    )


def zip_archive():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        info = zipfile.ZipInfo("subtitles.srt", date_time=(2024, 1, 1, 0, 0, 0))
        archive.writestr(info, srt("Hello."))
    return buffer.getvalue()


BULGARIAN = ("Добре дошли в центъра.", "Тук младежи помагат на възрастни хора.", "Всяка седмица се срещаме отново.")
FRENCH = ("Bienvenue à l’atelier, où l’on crée.", "Ça a été une très belle journée.", "« Sans stress », dit Hélène.")
ITALIAN = ("Perché è così? Città e virtù.", "Più tardi andremo là.", "Arrivederci, è stato un piacere.")
PORTUGUESE = ("A inovação social não é só ação.", "Custou 20 € por mês.", "Obrigado, até à próxima.")
POLISH = ("Zażółć gęślą jaźń, proszę państwa.", "Łódź, Kraków i Gdańsk - spotkanie.", "Źródło ńśź ŻÓŁW.")
# Comma-below ș and ț (ISO-8859-16) are cedilla ş and ţ in Windows-1250: both read as Romanian.
ROMANIAN = ("Bună ziua, știți unde e gara?", "Mulțumesc, înțeleg.", "Pe mâine, la școală.")
ENGLISH = ("Welcome to the centre.", "Here young people help older people.", "We meet again every week.")

VTT_LEGACY_SETTINGS = """WEBVTT

00:00:01.000 --> 00:00:03.000 align:middle line:90%
Centred, in the old spelling.

00:00:04.000 --> 00:00:06.500 position:50%,middle size:80% colour:red
An unknown setting beside valid ones.

00:00:07.000 --> 00:00:09.500 align:top line:-1 vertical:lr
An invalid value and two valid settings.
"""

VTT_BLOCKS = """WEBVTT - a file from a subtitle editor
Kind: captions
Language: en

STYLE
::cue { color: yellow; }

REGION
id:speaker
width:40%
lines:3

NOTE Made by hand,
over two lines.

Scene 1 — the meeting room
00:00:01.000 --> 00:00:02.500 region:speaker
<v Maria>Good morning &amp; welcome.

NOTE a comment between cues

2
00:00:03.000 --> 00:00:04.000
<i>Goodbye.</i>
"""

VTT_OMITTED_HOURS = """WEBVTT

00:01.000 --> 00:02.500
Minutes and seconds only.

01:00.000 --> 1:01:00.000
A cue that runs into the second hour.
"""

BROKEN_SRT = """1
00:00:01,000 --> 00:00:02,000
One

stray words after a blank line

2
00:00:03,000 --> 00:00:xx,000
Two

3
00:00:05,000 --> 00:00:04,000
Three

4
00:00:06,000 --> 00:00:08,000
Four

5
00:00:07,000 --> 00:00:09,000
Five
"""

BROKEN_VTT = """WEBVTT
00:00:01.000 --> 00:00:02.000
Right after the header.

00:00:03.000 --> 00:00:04.000
Text, then a timing without a blank line:
00:00:05.000 --> 00:00:06.000

00:00:61.000 --> 00:00:62.000
Seconds past 59.
"""

ARROW_IN_TEXT_SRT = """1
00:00:01,000 --> 00:00:03,000
Turn left --> then right.

2
00:00:04,000 --> 00:00:06,000
<i>Arrows</i> --> everywhere -->
"""

CORPUS = {
    "bg-cp1251.srt": srt(*BULGARIAN).encode("cp1251"),
    "bg-koi8-r.srt": srt(*BULGARIAN).encode("koi8_r"),
    "bg-utf8.srt": srt(*BULGARIAN).encode("utf-8"),
    "bg-utf8-bom-crlf.srt": codecs.BOM_UTF8 + srt(*BULGARIAN, newline="\r\n").encode("utf-8"),
    "bg-utf16le-bom.srt": codecs.BOM_UTF16_LE + srt(*BULGARIAN).encode("utf-16-le"),
    "bg-utf16be-bom.vtt": codecs.BOM_UTF16_BE + ("WEBVTT\n\n" + srt(*BULGARIAN).replace(",", ".")).encode("utf-16-be"),
    "bg-utf32le-bom.srt": codecs.BOM_UTF32_LE + srt(*BULGARIAN).encode("utf-32-le"),
    "fr-cp1252.srt": srt(*FRENCH).encode("cp1252"),
    "it-latin1.srt": srt(*ITALIAN).encode("latin_1"),
    "pt-cp1252.srt": srt(*PORTUGUESE).encode("cp1252"),
    "pt-iso8859-15.srt": srt(*PORTUGUESE).encode("iso8859_15"),
    "pl-cp1250.srt": srt(*POLISH).encode("cp1250"),
    "pl-iso8859-2.srt": srt(*POLISH).encode("iso8859_2"),
    "ro-iso8859-16.srt": srt(*ROMANIAN).encode("iso8859_16"),
    "fr-cp1252-on-bg-track.srt": srt(*FRENCH).encode("cp1252"),
    "en-ascii-cr.srt": srt(*ENGLISH, newline="\r").encode("ascii"),
    "en-legacy-settings.vtt": VTT_LEGACY_SETTINGS.encode(),
    "en-blocks.vtt": VTT_BLOCKS.replace("\n", "\r\n").encode(),
    "en-omitted-hours.vtt": VTT_OMITTED_HOURS.encode(),
    "en-arrow-in-text.srt": ARROW_IN_TEXT_SRT.encode(),
    "broken.srt": BROKEN_SRT.encode(),
    "broken.vtt": BROKEN_VTT.encode(),
    "bom-only.srt": codecs.BOM_UTF8,
    "bom-only-utf16.vtt": codecs.BOM_UTF16_LE + "\n".encode("utf-16-le"),
    "picture.srt": png(),
    "archive.srt": zip_archive(),
    "empty.vtt": b"",
}


def main():
    for name, data in CORPUS.items():
        (HERE / name).write_bytes(data)


if __name__ == "__main__":
    main()
