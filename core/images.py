"""Images are normalised once, when uploaded: oriented, stripped of EXIF, fitted to size."""

import io
from pathlib import Path

from django.core.files.base import ContentFile
from django.db import models
from PIL import Image, ImageOps


def fit_image(source, max_size, *, crop=False):
    """Return (ContentFile, extension) of `source` fitted into `max_size`, without metadata.

    Pillow writes a fresh file from pixels only, so EXIF (GPS, camera serials) is dropped.
    """
    source.seek(0)
    with Image.open(source) as image:
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
    """An ImageField whose new uploads are fitted to `max_size` before they are stored."""

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

    def pre_save(self, model_instance, add):
        file = getattr(model_instance, self.attname)
        if file and not file._committed:
            content, extension = fit_image(file, self.max_size, crop=self.crop)
            file.save(Path(file.name).stem + extension, content, save=False)
            return file
        return super().pre_save(model_instance, add)
