from django import forms
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from .files import CSV, FRAB, MAX_IMPORT_BYTES, PRETALX, file_format, read_upload
from .frab import parse_frab
from .pretalx import parse_pretalx
from .table import parse_csv

PARSERS = {CSV: parse_csv, FRAB: parse_frab, PRETALX: parse_pretalx}


class ProgrammeImportForm(forms.Form):
    """One file, read into rows as it is validated: `rows`, `format` and `ignored` (columns not read) afterwards."""

    file = forms.FileField(label=_("Programme file"))

    def __init__(self, *args, event, **kwargs):
        super().__init__(*args, **kwargs)
        self.event = event
        self.fields["file"].help_text = _(
            "A CSV table, a frab schedule.xml or a pretalx schedule JSON, at most %(size)s."
        ) % {"size": filesizeformat(MAX_IMPORT_BYTES)}

    def clean_file(self):
        upload = self.cleaned_data["file"]
        data = read_upload(upload)
        self.format = file_format(data)
        self.rows, self.ignored = PARSERS[self.format](data, event_languages=self.event.languages or "bg")
        return upload
