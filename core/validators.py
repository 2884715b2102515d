from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _


@deconstructible
class MaxFileSizeValidator:
    """Refuse an upload larger than a limit, naming both sizes in the user's language."""

    message = _("The file is %(size)s; the largest allowed is %(limit)s.")

    def __init__(self, limit_bytes):
        self.limit_bytes = limit_bytes

    def __call__(self, file):
        if file and file.size > self.limit_bytes:
            raise ValidationError(
                self.message,
                code="file_too_large",
                params={"size": filesizeformat(file.size), "limit": filesizeformat(self.limit_bytes)},
            )

    def __eq__(self, other):
        return isinstance(other, MaxFileSizeValidator) and other.limit_bytes == self.limit_bytes


def validate_image_size(file):
    MaxFileSizeValidator(settings.MAX_IMAGE_UPLOAD_BYTES)(file)
