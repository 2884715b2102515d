"""Cover images for the demo practices, drawn here with Pillow: no photographs to license, nothing downloaded.

Each practice gets its own arrangement of overlapping circles in the site's colours, chosen from a hash of its
slug, so loading the demo twice draws the same picture. The alt text and the credit say plainly that it is an
illustration made for the demo.
"""

import hashlib
import io
import random

from django.core.files.base import ContentFile
from PIL import Image, ImageDraw

SIZE = (1200, 675)
BACKGROUNDS = ["#083f51", "#0b5d73", "#1d4e89", "#3b3f6b", "#24533f"]
COLOURS = ["#ffbf47", "#ffffff", "#f47738", "#85c1e9", "#b7e4c7", "#f4a6a6"]
ALT = (
    "Демонстрационна илюстрация: цветни кръгове, които се застъпват",
    "Demo illustration: overlapping coloured circles",
)
CREDIT = (
    "Илюстрация, създадена за демонстрационното съдържание на портала",
    "Illustration drawn for the portal's demo content",
)


def draw_cover(slug):
    """A PNG of SIZE for `slug`, the same bytes every time."""
    chance = random.Random(hashlib.sha256(slug.encode()).digest())  # a picture, not a secret
    image = Image.new("RGB", SIZE, chance.choice(BACKGROUNDS))
    canvas = ImageDraw.Draw(image)
    width, height = SIZE
    for _number in range(chance.randint(5, 9)):
        radius = chance.randint(height // 10, height // 3)
        x, y = chance.randint(0, width), chance.randint(0, height)
        box = [x - radius, y - radius, x + radius, y + radius]
        if chance.random() < 0.5:
            canvas.ellipse(box, fill=chance.choice(COLOURS))
        else:
            canvas.ellipse(box, outline=chance.choice(COLOURS), width=max(6, radius // 6))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return ContentFile(buffer.getvalue(), name=f"{slug}.png")
