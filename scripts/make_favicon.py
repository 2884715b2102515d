"""Write static/favicon.ico from the drawing in static/favicon.svg, for clients that ask for /favicon.ico.

Pillow does not read SVG, so the three shapes of favicon.svg (a rounded square, a filled circle, a ring) are drawn
again here at 4x and scaled down for each size of the icon. Run after changing favicon.svg:

    .venv/bin/python scripts/make_favicon.py
"""

from pathlib import Path

from PIL import Image, ImageDraw

TARGET = Path(__file__).resolve().parent.parent / "static" / "favicon.ico"
SCALE = 8  # drawn at 256 px (8 x the SVG's 32 units), then reduced for each size
SIZES = [(16, 16), (32, 32), (48, 48)]


def draw():
    def units(*values):
        return [value * SCALE for value in values]

    image = Image.new("RGBA", (32 * SCALE, 32 * SCALE), (0, 0, 0, 0))
    canvas = ImageDraw.Draw(image)
    canvas.rounded_rectangle(units(0, 0, 32, 32), radius=6 * SCALE, fill="#083f51")
    canvas.ellipse(units(6, 11, 16, 21), fill="#ffbf47")
    canvas.ellipse(units(14.5, 9.5, 27.5, 22.5), outline="#ffffff", width=3 * SCALE)
    return image


if __name__ == "__main__":
    draw().save(TARGET, format="ICO", sizes=SIZES)
    print(f"{TARGET.relative_to(Path.cwd()) if TARGET.is_relative_to(Path.cwd()) else TARGET}")
