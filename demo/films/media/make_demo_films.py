"""Make the three small demo films (run once; the .webm files are committed).

    python demo/films/media/make_demo_films.py

Frames are drawn with Pillow and encoded to VP9 WebM by Debian's ffmpeg, so no media is downloaded.
Each film is 45 seconds of slides with a moving time bar, 320x180 at 4 frames per second, a few tens of KB.
"""

import subprocess
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parent
SIZE = (320, 180)
FPS = 4
SECONDS = 45
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FILMS = {
    "young-and-old": ("#0b5a73", ["Шотландия · Scotland", "Млади и възрастни", "Young and old"]),
    "citta-sociale-campania": ("#6b3fa0", ["Италия · Italy", "Città sociale", "Кампания · Campania"]),
    "virtual-social-cooperative": ("#1d6b2f", ["България · Bulgaria", "Социален кооператив", "Social cooperative"]),
}


def frame(colour, lines, second, font, small):
    image = Image.new("RGB", SIZE, colour)
    draw = ImageDraw.Draw(image)
    for index, text in enumerate(lines):
        draw.text((16, 28 + index * 34), text, fill="white", font=font if index else small)
    draw.rectangle((16, 150, 16 + (SIZE[0] - 32) * second / SECONDS, 158), fill="#ffbf47")
    draw.text((SIZE[0] - 60, 128), f"{int(second) // 60}:{int(second) % 60:02d}", fill="white", font=small)
    return image


def main():
    font = ImageFont.truetype(FONT, 22)
    small = ImageFont.truetype(FONT, 14)
    for slug, (colour, lines) in FILMS.items():
        with tempfile.TemporaryDirectory() as folder:
            for number in range(SECONDS * FPS):
                frame(colour, lines, number / FPS, font, small).save(Path(folder) / f"{number:04d}.png")
            subprocess.run(
                [
                    "ffmpeg",
                    "-y",
                    "-loglevel",
                    "error",
                    "-framerate",
                    str(FPS),
                    "-i",
                    f"{folder}/%04d.png",
                    "-c:v",
                    "libvpx-vp9",
                    "-b:v",
                    "0",
                    "-crf",
                    "50",
                    "-pix_fmt",
                    "yuv420p",
                    "-row-mt",
                    "1",
                    str(HERE / f"{slug}.webm"),
                ],
                check=True,
            )
            frame(colour, lines, 0, font, small).resize((640, 360)).save(HERE / f"{slug}.jpg", quality=70)


if __name__ == "__main__":
    main()
