"""Images are checked before Pillow decodes them, then normalised once: oriented, stripped of EXIF, fitted to size.

Only JPEG, PNG, WebP and GIF are accepted, recognised from their first bytes (never the name or the browser's
content type) before Pillow is asked to parse anything. Pillow itself is restricted to those four formats when the
site starts (`restrict_pillow_formats`, called from `CoreConfig.ready`), so no other parser, least of all the EPS
plugin that hands the file to Ghostscript, can be reached through `Image.open` in the web process.
"""

import io
import warnings
from pathlib import Path

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import models
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps

# Pillow's format names of the images the site accepts, and how each file begins.
ALLOWED_IMAGE_FORMATS = ("JPEG", "PNG", "WEBP", "GIF")

# Django's own words ("Upload a valid image…"), already in every language Django speaks.
INVALID_IMAGE_MESSAGE = forms.ImageField.default_error_messages["invalid_image"]
TOO_MANY_PIXELS_MESSAGE = _(
    "The image has too many pixels: the largest allowed is %(limit)s megapixels (for example 8000 × 5000). "
    "Make it smaller and upload it again."
)


def sniff_image_format(file):
    """Return the Pillow format name of `file` read from its first bytes, or None when it is none of the four."""
    file.seek(0)
    head = file.read(12)
    file.seek(0)
    if head.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WEBP"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "GIF"
    return None


def restrict_pillow_formats():
    """Leave Pillow able to open only the four accepted formats, in this process, whoever calls `Image.open`.

    Pillow registers a plugin when its module is imported and imports all of them on the first `Image.open` that
    the common ones cannot answer. The accepted plugins are imported here, every other format is taken out of the
    opening registry, and Pillow is marked as initialised, so it never imports the rest (EPS, PS, PDF and the
    other rarely used parsers). Saving is left as it is. Pillow's own decompression-bomb limit follows the site's.
    """
    # The four plugins register themselves on import; TIFF and MPO are imported by Pillow itself to read EXIF and
    # multi-picture JPEGs, so they are imported now, while their registration can still be taken back below.
    from PIL import (  # noqa: F401
        GifImagePlugin,
        JpegImagePlugin,
        MpoImagePlugin,
        PngImagePlugin,
        TiffImagePlugin,
        WebPImagePlugin,
    )

    Image.preinit()
    for name in list(Image.OPEN):
        if name not in ALLOWED_IMAGE_FORMATS:
            del Image.OPEN[name]
    Image.ID[:] = [name for name in Image.ID if name in ALLOWED_IMAGE_FORMATS]
    # Pillow has no public switch for "these plugins only"; 2 is the state `Image.init()` leaves, after which it
    # imports nothing more.
    Image._initialized = 2
    Image.MAX_IMAGE_PIXELS = settings.MAX_IMAGE_PIXELS
    # The site refuses an image over the limit itself, with a message; Pillow's warning would only repeat it.
    warnings.filterwarnings("ignore", category=Image.DecompressionBombWarning)


def open_image(file):
    """Open `file` as one of the accepted formats only; Pillow reads its header, nothing is decoded yet."""
    file.seek(0)
    return Image.open(file, formats=list(ALLOWED_IMAGE_FORMATS))


def check_image(file):
    """Refuse `file` unless it is a whole JPEG, PNG, WebP or GIF image of at most `MAX_IMAGE_PIXELS` pixels.

    The format comes from the first bytes, the size from the header, and only then is the image decoded, once,
    so a truncated file or a broken compressed stream is refused here with a message rather than failing later,
    when it is resized on saving. Returns Pillow's format name.
    """
    image_format = sniff_image_format(file)
    if image_format is None:
        raise ValidationError(INVALID_IMAGE_MESSAGE, code="invalid_image")
    limit = settings.MAX_IMAGE_PIXELS
    try:
        with open_image(file) as image:
            width, height = image.size
            if width * height > limit:
                raise _too_many_pixels(limit)
            image.load()
    except ValidationError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        # Pillow's own check, at twice its limit, refused the header before this function could.
        raise _too_many_pixels(limit) from error
    except Exception as error:  # Pillow and zlib raise many kinds of error for a damaged file.
        raise ValidationError(INVALID_IMAGE_MESSAGE, code="invalid_image") from error
    finally:
        file.seek(0)
    return image_format


def _too_many_pixels(limit):
    return ValidationError(TOO_MANY_PIXELS_MESSAGE, code="too_many_pixels", params={"limit": limit // 1_000_000})


class SafeImageField(forms.ImageField):
    """A form image field that checks the upload with `check_image` instead of letting Pillow guess its format.

    Django's own ImageField opens the upload with every plugin Pillow has; this one refuses an oversized file
    before reading it, then anything that is not a whole JPEG, PNG, WebP or GIF within the pixel limit.
    """

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        if "accept" in attrs:
            attrs["accept"] = ",".join(Image.MIME[name] for name in ALLOWED_IMAGE_FORMATS)
        return attrs

    def to_python(self, data):
        from core.validators import validate_image_size

        file = forms.FileField.to_python(self, data)
        if file is None:
            return None
        validate_image_size(file)
        image_format = check_image(file)
        file.content_type = Image.MIME[image_format]
        if hasattr(file, "seek") and callable(file.seek):
            file.seek(0)
        return file


def fit_image(source, max_size, *, crop=False):
    """Return (ContentFile, extension) of `source` fitted into `max_size`, without metadata.

    Pillow writes a fresh file from pixels only, so EXIF (GPS, camera serials) is dropped.
    """
    source.seek(0)
    with open_image(source) as image:
        image = ImageOps.exif_transpose(image)
        has_alpha = image.mode in {"RGBA", "LA"} or (image.mode == "P" and "transparency" in image.info)
        image = image.convert("RGBA" if has_alpha else "RGB")
        if crop:
            image = ImageOps.fit(image, max_size, Image.Resampling.LANCZOS)
        else:
            image.thumbnail(max_size, Image.Resampling.LANCZOS)
        buffer = io.BytesIO()
        if has_alpha:
            image.save(buffer, format="PNG", optimize=True)
            extension = ".png"
        else:
            image.save(buffer, format="JPEG", quality=85, optimize=True, progressive=True)
            extension = ".jpg"
    return ContentFile(buffer.getvalue()), extension


class ResizedImageField(models.ImageField):
    """An ImageField whose new uploads are checked by `SafeImageField` and fitted to `max_size` before storing."""

    def __init__(self, *args, max_size=(1200, 1200), crop=False, **kwargs):
        self.max_size = tuple(max_size)
        self.crop = crop
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["max_size"] = self.max_size
        if self.crop:
            kwargs["crop"] = True
        return name, path, args, kwargs

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": SafeImageField, **kwargs})

    def pre_save(self, model_instance, add):
        file = getattr(model_instance, self.attname)
        if file and not file._committed:
            content, extension = fit_image(file, self.max_size, crop=self.crop)
            file.save(Path(file.name).stem + extension, content, save=False)
            return file
        return super().pre_save(model_instance, add)
